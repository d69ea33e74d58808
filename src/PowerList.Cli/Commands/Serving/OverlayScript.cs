namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// The preview script serve injects into every page (never into the built files): it listens for rebuilds, reloads
/// the page after a good one, and after a failed one shows its errors (<see cref="BuildErrors"/>) in an overlay on
/// top of the last good page: place, code and message of each, the place a link that opens the file in the editor.
/// The overlay is built with DOM methods and <c>textContent</c> only (messages quote the lists' text), styled through
/// the CSSOM, so the pages' policy (no inline script or style) holds. A good build reloads the page, and the overlay
/// is gone.
/// </summary>
public static class OverlayScript
{
    public static string Body(string eventsPath, string errorsPath) => """
        (function(){
        var box=null;
        function clear(){if(box){box.remove();box=null;}}
        function el(tag,text){var x=document.createElement(tag);if(text)x.textContent=text;return x;}
        function show(errors){
          clear();
          if(!errors||!errors.length)return;
          box=el('div');box.id='powerlist-overlay';box.setAttribute('role','alert');
          var s=box.style;s.position='fixed';s.left='0';s.right='0';s.top='0';s.maxHeight='70vh';s.overflow='auto';
          s.zIndex='2147483647';s.background='#fff5f5';s.color='#1d2733';s.borderBottom='4px solid #b42318';
          s.padding='1rem';s.font='14px/1.5 monospace';s.boxShadow='0 4px 16px rgba(0,0,0,.3)';
          box.appendChild(el('strong','生成失败：'+errors.length+' 个错误。下面仍是上一次生成的页面；改正并保存后自动刷新。'));
          var ul=el('ul');ul.style.margin='.5rem 0';ul.style.paddingLeft='1.2rem';
          errors.forEach(function(e){
            var li=el('li');li.className='powerlist-overlay-error';
            var where=e.file?e.file+':'+e.line+':'+e.column:'';
            if(e.editor){var a=el('a',where);a.href=e.editor;a.title='在编辑器中打开';a.style.color='#0b5cad';li.appendChild(a);}
            else if(where){li.appendChild(document.createTextNode(where));}
            li.appendChild(document.createTextNode((where?': ':'')+'error '+e.code+': '+e.message));
            ul.appendChild(li);
          });
          box.appendChild(ul);
          var close=el('button','关闭');close.type='button';close.style.minHeight='24px';close.style.minWidth='48px';close.onclick=clear;
          box.appendChild(close);
          document.body.appendChild(box);
        }
        function load(){fetch('
        """ + errorsPath + """
        ',{cache:'no-store'}).then(function(r){return r.json();}).then(show).catch(function(){});}
        var source=new EventSource('
        """ + eventsPath + """
        ');
        source.onmessage=function(e){if(e.data==='reload')location.reload();else if(e.data==='error')load();};
        load();
        })();

        """;
}
