/* PowerList search: queries the static index in search-index/ (format: docs/search.md).
	 Same analysis and ranking as the C# engine (PowerList.Search.Querying); no dependencies, no build step. */
(function () {
	'use strict';
	var currentScript = typeof document !== 'undefined' ? document.currentScript : null;

	// ---- analysis (Tokenizer.cs, CharFolding.cs) ----
	var t2s = {};

	function foldChar(c) {
		var code = c.charCodeAt(0);
		if (code >= 0xFF01 && code <= 0xFF5E) { code -= 0xFEE0; c = String.fromCharCode(code); }
		else if (code === 0x3000) { return ' '; }
		if (code >= 65 && code <= 90) { return String.fromCharCode(code + 32); }
		if (code >= 0x3400 && has(t2s, c)) { return t2s[c]; }
		return c;
	}

	function fold(text) {
		var out = '';
		for (var i = 0; i < text.length; i++) { out += foldChar(text.charAt(i)); }
		return out;
	}

	function isCjk(code) {
		return (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) ||
			(code >= 0xF900 && code <= 0xFAFF) || code === 0x3007;
	}

	function isAlnum(code) { return (code >= 97 && code <= 122) || (code >= 48 && code <= 57); }

	function isPunctuation(code) { return code > 32 && !isCjk(code) && !isAlnum(code); }

	// Tokenizer.Runs: punctuation between two CJK characters is skipped (单位、人 → 单位人).
	function runs(folded) {
		var out = [];
		var i = 0;
		while (i < folded.length) {
			var code = folded.charCodeAt(i);
			var cjk = isCjk(code);
			if (!cjk && !isAlnum(code)) { i++; continue; }
			if (!cjk) {
				var start = i;
				while (i < folded.length && isAlnum(folded.charCodeAt(i))) { i++; }
				out.push({ run: folded.slice(start, i), cjk: false });
				continue;
			}
			var run = '';
			while (i < folded.length) {
				if (isCjk(folded.charCodeAt(i))) { run += folded.charAt(i++); continue; }
				var j = i;
				while (j < folded.length && isPunctuation(folded.charCodeAt(j))) { j++; }
				if (j === i || j === folded.length || !isCjk(folded.charCodeAt(j))) { break; }
				i = j;
			}
			out.push({ run: run, cjk: true });
		}
		return out;
	}

	function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

	function addUnique(list, item) { if (list.indexOf(item) < 0) { list.push(item); } }

	function queryTokens(word) {
		var tokens = [];
		runs(fold(word)).forEach(function (r) {
			if (!r.cjk || r.run.length === 1) { addUnique(tokens, r.run); return; }
			var step = r.run.length >= LONG_RUN ? 2 : 1;
			for (var i = 0; i + 1 < r.run.length; i += step) { addUnique(tokens, r.run.substr(i, 2)); }
			if (step === 2 && r.run.length % 2 === 1) { addUnique(tokens, r.run.substr(r.run.length - 2, 2)); }
		});
		return tokens;
	}

	var FORMAT = 9; // IndexSettings.FormatVersion
	var LONG_RUN = 6; // Tokenizer.LongRun
	var codePattern = /^[0-9A-Z](?:[0-9A-Z-]{0,62}[0-9A-Z])?$/;

	// QueryPlan.Spread: at most MAX_TOKENS of a word's tokens, evenly spread
	var MAX_TOKENS = 6;
	function spread(tokens) {
		var n = tokens.length, out = [];
		if (n <= MAX_TOKENS) { return tokens; }
		for (var i = 0; i < MAX_TOKENS; i++) { out.push(tokens[Math.floor(i * (n - 1) / (MAX_TOKENS - 1))]); }
		return out;
	}

	// QuerySegmenter.Segment: words cut at the synonym terms (kept) and stop words (dropped), longest first from the left.
	var MAX_WORDS = 32;
	function segment(query, synonyms, stop) {
		var longest = 0, k;
		for (k in synonyms) { if (has(synonyms, k)) { longest = Math.max(longest, k.length); } }
		for (k in stop) { if (has(stop, k)) { longest = Math.max(longest, k.length); } }
		var words = [], pending = '';
		function add(text, synonym) {
			for (var i = 0; i < words.length; i++) { if (words[i].text === text && words[i].synonym === synonym) { return; } }
			words.push({ text: text, synonym: synonym });
		}
		function flush() {
			var text = pending.trim();
			pending = '';
			if (queryTokens(text).length > 0) { add(text, false); }
		}
		fold(query).split(/[ \t\n\r]+/).forEach(function (part) {
			if (part.length === 0) { return; }
			runs(part).forEach(function (r) {
				if (pending.length > 0) { pending += ' '; }
				if (!r.cjk) { pending += r.run; return; }
				var i = 0, run = r.run;
				while (i < run.length) {
					var length = 0;
					for (var l = Math.min(longest, run.length - i); l > 0; l--) {
						var c = run.substr(i, l);
						if (has(stop, c) || has(synonyms, c)) { length = l; break; }
					}
					if (length === 0) { pending += run.charAt(i++); continue; }
					flush();
					var text = run.substr(i, length);
					if (!has(stop, text)) { add(text, true); }
					i += length;
				}
			});
			flush();
		});
		if (words.length > 1) {
			words = words.filter(function (w) { return w.synonym || w.text.length !== 1 || !isCjk(w.text.charCodeAt(0)); });
		}
		return words.slice(0, MAX_WORDS);
	}

	// QueryPlan.Alternatives: a word's own tokens, then its synonym expansions'
	function alternatives(word, synonyms) {
		var alts = [spread(queryTokens(word.text))];
		if (has(synonyms, word.text)) {
			synonyms[word.text].forEach(function (e) { var t = spread(queryTokens(e)); if (t.length > 0) { alts.push(t); } });
		}
		return alts;
	}

	function termsOf(words) {
		var terms = [];
		words.forEach(function (alts) { alts.forEach(function (a) { a.forEach(function (t) { addUnique(terms, t); }); }); });
		return terms;
	}

	// QueryPlan.Parse
	function parse(query, synonyms, stop) {
		var texts = segment(query, synonyms, stop || {});
		var words = texts.map(function (w) { return alternatives(w, synonyms); });
		var folded = fold(query).trim().toUpperCase();
		var code = folded.indexOf('-') >= 0 && codePattern.test(folded) ? folded : null;
		return { words: words, terms: termsOf(words), code: code, texts: texts, partial: texts.map(function () { return 0; }),
			literal: texts.map(function () { return true; }), suggestion: null, browse: texts.length === 0 };
	}

	function fnv(text) {
		var hash = 2166136261;
		for (var i = 0; i < text.length; i++) {
			hash ^= text.charCodeAt(i);
			hash = Math.imul(hash, 16777619) >>> 0;
		}
		return hash >>> 0;
	}

	// Fnv.cs: the shard of a term or code among count (format 9): FNV-1a mixed by MurmurHash3's finaliser, then
	// linear hashing (h mod 2^(L+1), or h mod 2^L when that is count or more, 2^L <= count < 2^(L+1)).
	function shardOf(text, count) {
		var h = fnv(text);
		h = (h ^ (h >>> 16)) >>> 0;
		h = Math.imul(h, 0x85ebca6b) >>> 0;
		h = (h ^ (h >>> 13)) >>> 0;
		h = Math.imul(h, 0xc2b2ae35) >>> 0;
		h = (h ^ (h >>> 16)) >>> 0;
		var big = 1;
		while (big <= count) { big *= 2; }
		var shard = h % big;
		return shard < count ? shard : h % (big / 2);
	}

	// ---- posting blobs (PostingCodec.cs) ----
	function bytesOf(b64) {
		var s = atob(b64);
		var bytes = new Uint8Array(s.length);
		for (var i = 0; i < s.length; i++) { bytes[i] = s.charCodeAt(i); }
		return bytes;
	}

	// the varint at bytes[pos.i]; advances pos.i
	function varint(bytes, pos) {
		var value = 0, shift = 0;
		while (bytes[pos.i] & 0x80) { value += (bytes[pos.i++] & 0x7F) * Math.pow(2, shift); shift += 7; }
		return value + bytes[pos.i++] * Math.pow(2, shift);
	}

	function decodeVarints(bytes) {
		var out = [], pos = { i: 0 };
		while (pos.i < bytes.length) { out.push(varint(bytes, pos)); }
		return out;
	}

	// [doc, impact, doc, impact, …] from (doc-id delta, impact) pairs
	function decodePostings(bytes) {
		var out = decodeVarints(bytes);
		for (var i = 2; i < out.length; i += 2) { out[i] += out[i - 2]; }
		return out;
	}

	function expandRuns(b64, n) {
		var values = new Int32Array(n);
		var pairs = decodeVarints(bytesOf(b64));
		var doc = 0;
		for (var i = 0; i + 1 < pairs.length; i += 2) {
			for (var k = 0; k < pairs[i]; k++) { values[doc++] = pairs[i + 1]; }
		}
		return values;
	}

	// ---- engine (SearchEngine.cs, TermState.cs, Ranker.cs, FacetFilter.cs) ----
	// Index files are gzip-compressed JSON (*.jgz) or binary posting packs (*.bgz) (IndexFileCodec.cs), decompressed
	// here; a body that is not gzip (a host that already decoded it) is read as it is.
	function fetchFile(url, read) {
		return fetch(url).then(function (r) {
			return r.ok ? r.arrayBuffer().then(function (buffer) {
				var b = new Uint8Array(buffer);
				return read(b[0] === 0x1F && b[1] === 0x8B ? new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))) : new Response(b));
			}) : null;
		});
	}

	function Engine(indexUrl) {
		this.indexUrl = indexUrl;
		this.cache = {};
		this.meta = null;
		this.facetData = null;
	}

	Engine.prototype.get = function (path) {
		if (!this.cache[path]) {
			this.cache[path] = /^post\//.test(path)
				? fetchFile(this.indexUrl + path + '.bgz', function (body) { return body.arrayBuffer().then(function (b) { return new Uint8Array(b); }); })
				: fetchFile(this.indexUrl + path + '.jgz', function (body) { return body.text().then(JSON.parse); });
		}
		return this.cache[path];
	};

	Engine.prototype.require = function (path) {
		return this.get(path).then(function (value) {
			if (value === null) { throw new Error('搜索索引文件缺失：' + path); }
			return value;
		});
	};

	Engine.prototype.loadMeta = function () {
		var self = this;
		return this.require('meta').then(function (m) {
			// IndexSettings.FormatVersion: an index of another format puts its terms in other shards.
			if (m.format !== FORMAT) { throw new Error('搜索索引格式不符：' + m.format + '，应为 ' + FORMAT); }
			self.meta = m;
			return m;
		});
	};

	// facets.jgz (IndexFacets.cs): read only for facet counts or a filter.
	Engine.prototype.loadFacets = function () {
		var self = this, n = this.meta.docs;
		return this.require('facets').then(function (f) {
			if (!self.facetData) {
				self.facetData = { ids: f.departments.split(' ').filter(function (x) { return x.length > 0; }),
					dept: expandRuns(f.dept, n), cat: expandRuns(f.cat, n), level: expandRuns(f.level, n) };
			}
			return self.facetData;
		});
	};

	// Loads the traditional→simplified buckets that the characters of text need.
	Engine.prototype.loadT2s = function (text) {
		var m = this.meta;
		var buckets = [];
		// meta.t2s: ranges [first, last] of the files t2s/N (IndexWriter)
		function listed(b) { return m.t2s.some(function (r) { return b >= r[0] && b <= r[1]; }); }
		for (var i = 0; i < text.length; i++) {
			var b = text.charCodeAt(i) >> m.t2sShift;
			if (text.charCodeAt(i) >= 0x3400 && listed(b) && buckets.indexOf(b) < 0) { buckets.push(b); }
		}
		var self = this;
		return Promise.all(buckets.map(function (b) { return self.require('t2s/' + b); })).then(function (maps) {
			maps.forEach(function (map) { for (var k in map) { t2s[k] = map[k]; } });
		});
	};

	function TermState(n) {
		this.members = new Uint8Array(n);
		this.known = new Map();
		this.tiers = [];
		this.next = 0;
		this.min = 0;
		this.otherMax = 0; // a common term's largest impact outside a name
		this.notInName = new Set(); // docs whose row was read and does not have the term in its name
		this.count = 0;
	}

	TermState.prototype.addKnown = function (postings, members) {
		for (var i = 0; i < postings.length; i += 2) {
			this.known.set(postings[i], postings[i + 1]);
			if (members) { this.members[postings[i]] = 1; this.count++; }
		}
	};

	TermState.prototype.hasMoreTiers = function () { return this.next < this.tiers.length; };
	TermState.prototype.remainingMax = function () { return this.hasMoreTiers() ? this.tiers[this.next][2] : 0; };
	// the largest name impact of the tiers not fetched (0: none, so an unknown impact is not in the name)
	TermState.prototype.remainingNameMax = function () { return this.hasMoreTiers() ? this.tiers[this.next][3] : 0; };
	// TermState.Settled: a flat term's unknown impact is its minimum (not in the name)
	TermState.prototype.settled = function (doc) { return !!this.flat && (this.remainingNameMax() === 0 || this.notInName.has(doc)); };
	// TermState.Value: a flat term outside the name counts its minimum
	TermState.prototype.value = function (stored) { return this.flat && (stored & 1) === 0 ? this.min : stored >> 1; };
	TermState.prototype.upperOf = function (doc) {
		if (this.flat) { return this.settled(doc) ? this.min : Math.max(this.min, this.remainingNameMax()); }
		return this.notInName.has(doc) ? Math.min(this.remainingMax(), this.otherMax) : this.remainingMax();
	};

	// Blob ref[1] of posting pack ref[0] (PackWriter.cs: varint count, varint lengths, blobs).
	Engine.prototype.blob = function (ref) {
		return this.require('post/' + ref[0]).then(function (pack) {
			var pos = { i: 0 }, count = varint(pack, pos), offset = 0, length = 0;
			for (var k = 0; k < count; k++) {
				var l = varint(pack, pos);
				if (k < ref[1]) { offset += l; } else if (k === ref[1]) { length = l; }
			}
			return pack.subarray(pos.i + offset, pos.i + offset + length);
		});
	};

	Engine.prototype.termState = function (term) {
		var self = this;
		var m = this.meta;
		return this.require('dict/' + shardOf(term, m.dictShards)).then(function (shard) {
			var entry = has(shard, term) ? shard[term] : null;
			var state = new TermState(m.docs);
			state.term = term;
			if (entry === null) { return state; }
			if (entry.p !== undefined) { state.addKnown(decodePostings(bytesOf(entry.p)), true); return state; }
			if (entry.r !== undefined) {
				return self.blob(entry.r).then(function (b) { state.addKnown(decodePostings(b), true); return state; });
			}
			state.common = true;
			state.count = entry.c;
			state.min = entry.n;
			state.otherMax = entry.o;
			state.tiers = entry.t;
			state.words = entry.w || {}; // stored common words starting with the term (CommonWords.cs)
			state.bitmap = entry.b; // fetched on first use (TermState.Members)
			return state;
		});
	};

	function setBits(members, bytes) {
		for (var i = 0; i < bytes.length; i++) {
			for (var bit = 0; bit < 8; bit++) { if (bytes[i] & (1 << bit)) { members[(i << 3) | bit] = 1; } }
		}
	}

	// TermState.Members: a common term's membership bitmap, fetched on first use
	Engine.prototype.loadMembers = function (state) {
		if (!state.bitmap) { return Promise.resolve(state); }
		var ref = state.bitmap;
		state.bitmap = null;
		return this.blob(ref).then(function (bytes) { setBits(state.members, bytes); return state; });
	};

	// SearchEngine.Stored: the stored common word whose tokens are these, if any
	function storedWord(tokens, terms) {
		if (tokens.length < 2) { return null; }
		for (var i = 0; i < tokens.length; i++) { if (!terms[tokens[i]] || !terms[tokens[i]].common) { return null; } }
		var rest = tokens.slice(1).join(' ');
		return has(terms[tokens[0]].words, rest) ? terms[tokens[0]].words[rest] : null;
	}

	// SearchEngine.UseStoredWords: a stored word whose tokens occur in no other alternative gives their membership
	Engine.prototype.useStoredWords = async function (plan, terms) {
		var all = [];
		plan.words.forEach(function (alts, w) { alts.forEach(function (a) { all.push({ tokens: a, partial: plan.partial[w] > 0 }); }); });
		function same(a, b) { return a.length === b.length && a.every(function (t, i) { return t === b[i]; }); }
		for (var i = 0; i < all.length; i++) {
			var tokens = all[i].tokens, word = all[i].partial ? null : storedWord(tokens, terms);
			if (word === null || tokens.some(function (t) { return !terms[t].bitmap; })) { continue; }
			if (all.some(function (o) { return o.tokens.some(function (t) { return tokens.indexOf(t) >= 0; }) && (o.partial || !same(o.tokens, tokens)); })) { continue; }
			var bytes = await this.blob([word[0], word[1]]);
			var members = new Uint8Array(this.meta.docs);
			if (word[2] === 1) { setBits(members, bytes); } else { var p = decodePostings(bytes); for (var k = 0; k < p.length; k += 2) { members[p[k]] = 1; } }
			tokens.forEach(function (t) { terms[t].bitmap = null; terms[t].members = members; });
		}
		var keys = plan.terms.concat(Object.keys(terms));
		for (var j = 0; j < keys.length; j++) { await this.loadMembers(terms[keys[j]]); }
	};

	Engine.prototype.fetchNextTier = function (state) {
		var tier = state.tiers[state.next++];
		return this.blob([tier[0], tier[1]]).then(function (b) { state.addKnown(decodePostings(b), false); });
	};

	// QueryResolver.Resolve: the parsed plan with what the index holds (same steps, same order, as the C# engine).
	var MAX_CANDIDATES = 12;
	Engine.prototype.resolve = async function (parsed, terms) {
		var self = this, m = this.meta;
		async function term(t) {
			if (!terms[t]) { terms[t] = await self.termState(t); }
			return terms[t];
		}
		async function found(tokens) {
			if (tokens.length === 0) { return false; }
			var states = [];
			for (var i = 0; i < tokens.length; i++) { states.push(await term(tokens[i])); }
			if (states.some(function (st) { return st.count === 0; })) { return false; }
			if (storedWord(tokens, terms) !== null) { return true; }
			for (var k = 0; k < states.length; k++) { await self.loadMembers(states[k]); }
			for (var d = 0; d < m.docs; d++) {
				if (states.every(function (st) { return st.members[d]; })) { return true; }
			}
			return false;
		}
		async function missing(text, i) {
			return i >= 0 && i + 1 < text.length && (await term(text.substr(i, 2))).count === 0;
		}
		async function correct(text) {
			var tried = 0;
			for (var i = 0; i < text.length; i++) {
				if (!((await missing(text, i - 1)) || (await missing(text, i)))) { continue; }
				// confusables.jgz: read only to correct a word with a missing pair (SearchEngine.Confusables)
				var confusables = await self.require('confusables');
				if (!has(confusables, text.charAt(i))) { continue; }
				var alike = confusables[text.charAt(i)];
				for (var k = 0; k < alike.length; k++) {
					if (++tried > MAX_CANDIDATES) { return null; }
					var candidate = text.slice(0, i) + alike.charAt(k) + text.slice(i + 1);
					if (await found(queryTokens(candidate))) { return candidate; }
				}
			}
			return null;
		}
		async function pieces(text) {
			var out = [], start = 0;
			for (var i = 0; i + 1 < text.length; i++) {
				if (await missing(text, i)) {
					if (i + 1 - start >= 2) { out.push(text.slice(start, i + 1)); }
					start = i + 1;
				}
			}
			if (text.length - start >= 2) { out.push(text.slice(start)); }
			return out;
		}
		var words = [], texts = [], partial = [], suggested = false;
		var literal = [];
		function add(word, alts, min, own) { words.push(alts); texts.push(word); partial.push(min); literal.push(own !== false); }
		for (var w = 0; w < parsed.words.length; w++) {
			var word = parsed.texts[w];
			var good = [];
			for (var a = 0; a < parsed.words[w].length; a++) { if (await found(parsed.words[w][a])) { good.push(parsed.words[w][a]); } }
			if (good.length > 0) { add(word, good, 0, good[0] === parsed.words[w][0]); continue; }
			if (word.synonym) { continue; }
			var own = parsed.words[w][0];
			var cjk = true;
			for (var c = 0; c < word.text.length; c++) { if (!isCjk(word.text.charCodeAt(c))) { cjk = false; } }
			if (cjk && word.text.length >= 2 && word.text.length < LONG_RUN) {
				var corrected = await correct(word.text);
				if (corrected !== null) { add({ text: corrected, synonym: false }, [queryTokens(corrected)], 0); suggested = true; continue; }
				var kept = [], length = 0, all = await pieces(word.text);
				for (var p = 0; p < all.length; p++) { if (await found(queryTokens(all[p]))) { kept.push(all[p]); length += all[p].length; } }
				if (2 * length > word.text.length) {
					kept.forEach(function (piece) { add({ text: piece, synonym: false }, [queryTokens(piece)], 0); });
				}
				continue;
			}
			var present = own.filter(function (t) { return terms[t].count > 0; });
			var min = Math.floor((own.length + 1) / 2);
			if (cjk && own.length >= 2 && present.length >= min) { add(word, [present], min); }
		}
		return { words: words, terms: termsOf(words), code: parsed.code, texts: texts, partial: partial, literal: literal,
			suggestion: suggested ? texts.map(function (t) { return t.text; }).join(' ') : null, browse: parsed.browse };
	};

	// Ranker.Coverage: 2 for each word matched whole, 1 for each partial word matched
	var COVERAGE_UNIT = 2097152; // Ranker.CoverageUnit
	function coverage(plan, terms, d) {
		var cov = 0;
		for (var w = 0; w < plan.words.length; w++) {
			var min = plan.partial[w];
			if (min > 0) {
				var n = 0;
				plan.words[w][0].forEach(function (t) { if (terms[t].members[d]) { n++; } });
				if (n >= min) { cov += 1; }
			} else {
				for (var a = 0; a < plan.words[w].length; a++) { if (allIn(plan.words[w][a], terms, d)) { cov += 2; break; } }
			}
		}
		return cov;
	}

	function allIn(alt, terms, d) {
		for (var i = 0; i < alt.length; i++) { if (!terms[alt[i]].members[d]) { return false; } }
		return true;
	}

	// Ranker.Expansion: a synonym expansion's impacts count three quarters
	function expansion(sum) { return Math.floor(sum * 3 / 4); }

	// Ranker.Bounds: the upper bound is the larger of the phrase boost not given and given (unknown impacts of a word's
	// only alternative then name impacts, at most remainingNameMax; a word with synonyms keeps its first bound)
	function bounds(plan, terms, m, codeDoc, doc, cov) {
		var lower = 0, upper = 0, upperInName = 0, phrase = plan.words.length > 0 ? 2 : 0;
		plan.words.forEach(function (word, w) {
			var partial = plan.partial[w] > 0;
			var wl = 0, wu = 0, wn = 0, wp = 0;
			word.forEach(function (alt, a) {
				if (!partial && !allIn(alt, terms, doc)) { return; }
				var al = 0, au = 0, an = 0, ap = partial ? 0 : 2;
				alt.forEach(function (t) {
					var s = terms[t];
					if (!s.members[doc]) { return; }
					var impact = s.known.get(doc);
					if (impact !== undefined) {
						var v = s.value(impact);
						al += v; au += v; an += v;
						if ((impact & 1) === 0) { ap = 0; }
					} else {
						al += s.min; au += s.upperOf(doc); an += s.remainingNameMax();
						if (s.notInName.has(doc) || s.remainingNameMax() === 0) { ap = 0; } else if (ap === 2) { ap = 1; }
					}
				});
				if (a > 0 || !plan.literal[w]) { al = expansion(al); au = expansion(au); an = expansion(an); }
				wl = Math.max(wl, al); wu = Math.max(wu, au); wn = Math.max(wn, an); wp = Math.max(wp, ap);
			});
			lower += wl; upper += wu; upperInName += word.length === 1 ? wn : wu; phrase = Math.min(phrase, wp);
		});
		if (phrase === 2) { lower += m.phraseBoost; upper += m.phraseBoost; }
		else if (phrase === 1) { upper = Math.max(upper, upperInName + m.phraseBoost); }
		if (doc === codeDoc) { lower += m.codeBoost; upper += m.codeBoost; }
		var key = cov[doc] * COVERAGE_UNIT;
		return [key + lower, key + upper];
	}

	Engine.prototype.rank = function (plan, terms, codeDoc, docs, limit, cov) {
		var self = this;
		var m = this.meta;
		var lower = new Array(docs.length), upper = new Array(docs.length);
		// IndexSettings.Flat: with two or more words, a common term in more than half of the documents is flat outside names
		Object.keys(terms).forEach(function (t) { var s = terms[t]; s.flat = plan.words.length >= 2 && !!s.common && s.count * 2 > m.docs; });
		function unknown(set) {
			return Object.keys(terms).sort().filter(function (t) {
				var s = terms[t];
				if (!s.hasMoreTiers()) { return false; }
				for (var d of set) { if (s.members[d] && !s.known.has(d) && !s.settled(d)) { return true; } }
				return false;
			});
		}
		// Ranker.InRows: rows list a very common term where it is in their name
		function inRows(s) { return !!s.common && s.term.length >= 2 && s.count > m.rowTerms; } // NameImpacts.Listed
		// Ranker.Unread: docs of set with an unknown impact and no row read, ascending
		var rowsRead = new Set();
		function unread(set) {
			var list = [];
			for (var d of set) {
				if (rowsRead.has(d)) { continue; }
				for (var t in terms) { if (inRows(terms[t]) && terms[t].members[d] && !terms[t].known.has(d) && !terms[t].settled(d)) { list.push(d); break; } }
			}
			return list.sort(function (x, y) { return x - y; });
		}
		// Ranker.ReadRows: a row's name impacts (row[5]) are known; a common term not there is not in that name
		function readRows(list) {
			return Promise.all(list.map(function (d) {
				return self.require('docs/' + Math.floor(d / m.docsPerShard)).then(function (rows) {
					rowsRead.add(d);
					var names = rows[d % m.docsPerShard][5];
					for (var t in terms) {
						var s = terms[t];
						if (!inRows(s) || !s.members[d] || s.known.has(d)) { continue; }
						if (has(names, s.term)) { s.known.set(d, names[s.term] * 2 + 1); } else { s.notInName.add(d); }
					}
				});
			}));
		}
		function round() {
			for (var i = 0; i < docs.length; i++) {
				var b = bounds(plan, terms, m, codeDoc, docs[i], cov);
				lower[i] = b[0]; upper[i] = b[1];
			}
			var order = [];
			for (var o = 0; o < docs.length; o++) { order.push(o); }
			order.sort(function (x, y) {
				return lower[x] !== lower[y] ? lower[y] - lower[x] : upper[x] !== upper[y] ? upper[y] - upper[x] : docs[x] - docs[y];
			});
			var k = Math.min(limit, docs.length);
			var contested = new Set();
			for (var a = 0; a < k; a++) {
				for (var e = a + 1; e < order.length; e++) {
					var x = order[a], y = order[e];
					if (!(lower[x] > upper[y] || (lower[x] === upper[y] && docs[x] < docs[y]))) {
						contested.add(docs[x]); contested.add(docs[y]);
					}
				}
			}
			// few documents left open: read their rows (name impacts) instead of tiers
			var open = unread(contested);
			if (open.length > 0 && open.length <= m.rowReads) { return readRows(open).then(round); }
			var fetchTerms = unknown(contested);
			if (fetchTerms.length === 0) {
				// settled; fetch on until the top k's scores are exact: their rows (shown anyway), then tiers
				var top = new Set(order.slice(0, k).map(function (i) { return docs[i]; }));
				open = unread(top);
				if (open.length > 0) { return readRows(open).then(round); }
				fetchTerms = unknown(top);
				if (fetchTerms.length === 0) {
					return order.slice(0, k).map(function (i) { return { doc: docs[i], score: lower[i] }; });
				}
			}
			return Promise.all(fetchTerms.map(function (t) { return self.fetchNextTier(terms[t]); })).then(round);
		}
		return Promise.resolve().then(round);
	};

	function indexOfKey(value, list) {
		if (!value) { return -1; }
		var i = list.indexOf(value);
		return i >= 0 ? i : -2;
	}

	// request: {query, department, category, level, limit, facets}; resolves to {total, hits, words, matches} and, unless
	// request.facets === false, {departments, categories, levels} (else engine.facets(request, result) gives them later).
	Engine.prototype.search = function (request) {
		var self = this;
		var limit = request.limit === undefined ? 10 : Math.max(0, request.limit);
		var filtered = !!(request.department || request.category || request.level);
		var plan, terms = {}, codeDoc = -1;
		return this.loadMeta().then(function () {
			return self.loadT2s(request.query || '');
		}).then(function () {
			var m = self.meta;
			plan = parse(request.query || '', m.synonyms, self.stopSet());
			var lookup = plan.code === null ? Promise.resolve(null) : self.get('codes/' + shardOf(plan.code, m.codeShards));
			return lookup.then(function (codes) {
				if (codes && has(codes, plan.code)) {
					codeDoc = codes[plan.code]; // a query that is a code finds that entry alone
					plan = { words: [], terms: [], code: plan.code, texts: [], partial: [], literal: [], suggestion: null, browse: false };
					return filtered ? self.loadFacets() : null;
				}
				return Promise.all(plan.terms.map(function (t) { return self.termState(t).then(function (s) { terms[t] = s; }); })
					.concat(filtered ? [self.loadFacets()] : [])).then(function () {
					return self.resolve(plan, terms);
				}).then(function (resolved) { plan = resolved; return self.useStoredWords(plan, terms); });
			});
		}).then(function () {
			var n = self.meta.docs;
			var matches = new Uint8Array(n);
			var cov = new Int32Array(n);
			var whole = 2 * plan.words.length;
			for (var d = 0; d < n; d++) {
				// a result covers at least half of the query's words (a word matched partly counts half)
				cov[d] = coverage(plan, terms, d);
				matches[d] = (plan.browse || (cov[d] > 0 && 2 * cov[d] >= whole)) ? 1 : 0;
			}
			if (codeDoc >= 0) { matches[codeDoc] = 1; }
			var pass = filtered ? self.filter(request) : null;
			// SearchEngine.cs: powers in force rank before ended ones (meta.ended), which fill only the places left.
			var ended = self.endedStatus(), status = request.status || '';
			var results = [], endedResults = [], partial = 0;
			for (d = 0; d < n; d++) {
				if (matches[d] && (!pass || (pass.d(d) && pass.c(d) && pass.l(d))) && (!plan.browse || filtered)) {
					var isEnded = ended[d] !== undefined;
					if (isEnded ? status === 'in_force' : status === 'ended') { continue; }
					(isEnded ? endedResults : results).push(d);
					if (cov[d] < whole) { partial++; }
				}
			}
			return self.rank(plan, terms, codeDoc, results, limit, cov).then(function (ranked) {
				if (endedResults.length === 0 || ranked.length >= limit) { return ranked; }
				return self.rank(plan, terms, codeDoc, endedResults, limit - ranked.length, cov).then(function (more) { return ranked.concat(more); });
			}).then(function (ranked) {
				return Promise.all(ranked.map(function (r) { return self.hit(r.doc, r.score - cov[r.doc] * COVERAGE_UNIT, cov[r.doc] < whole); }));
			}).then(function (hits) {
				var r = { total: results.length + endedResults.length, partial: partial, suggestion: plan.suggestion, hits: hits, words: plan.words, matches: matches };
				return request.facets === false ? r : self.facets(request, r).then(function (f) {
					r.departments = f.departments; r.categories = f.categories; r.levels = f.levels; r.statuses = f.statuses;
					return r;
				});
			});
		});
	};

	Engine.prototype.stopSet = function () {
		if (!this.stop) {
			var set = {};
			(this.meta.stop || []).forEach(function (w) { set[w] = true; });
			this.stop = set;
		}
		return this.stop;
	};

	// IndexMeta.cs Ended: doc id → status index (EntryStatus.All: in_force, abolished, merged, delegated, transferred).
	var STATUS_IDS = ['in_force', 'abolished', 'merged', 'delegated', 'transferred'];
	var STATUS_LABELS = { abolished: '已取消', merged: '已合并', delegated: '已下放', transferred: '已转移' };
	Engine.prototype.endedStatus = function () {
		if (!this.ended) {
			var map = {};
			(this.meta.ended || []).forEach(function (p) { map[p[0]] = p[1]; });
			this.ended = map;
		}
		return this.ended;
	};

	// FacetFilter.cs: the request's filters as tests on a doc id (call after loadFacets).
	Engine.prototype.filter = function (request) {
		var m = this.meta, f = this.facetData;
		var dept = indexOfKey(request.department, f.ids);
		var cat = indexOfKey(request.category, m.categories.map(function (x) { return x[0]; }));
		var level = indexOfKey(request.level, m.levels);
		return {
			d: function (d) { return dept === -1 || f.dept[d] === dept; },
			c: function (d) { return cat === -1 || f.cat[d] === cat; },
			l: function (d) { return level === -1 || (level >= 0 && (f.level[d] & (1 << level)) !== 0); }
		};
	};

	// Facet counts over a search result's matches, each facet with the other facets' filters applied.
	Engine.prototype.facets = function (request, result) {
		var self = this, m = this.meta;
		return this.loadFacets().then(function (f) {
			var p = self.filter(request), matches = result.matches;
			var deptCounts = f.ids.map(function () { return 0; });
			var catCounts = m.categories.map(function () { return 0; });
			var levelCounts = m.levels.map(function () { return 0; });
			var ended = self.endedStatus(), inForceCount = 0, endedCount = 0;
			for (var d = 0; d < matches.length; d++) {
				if (!matches[d]) { continue; }
				var okD = p.d(d), okC = p.c(d), okL = p.l(d);
				if (okD && okC && okL) { if (ended[d] !== undefined) { endedCount++; } else { inForceCount++; } }
				if (okC && okL) { deptCounts[f.dept[d]]++; }
				if (okD && okL) { catCounts[f.cat[d]]++; }
				if (okD && okC) { for (var i = 0; i < levelCounts.length; i++) { if (f.level[d] & (1 << i)) { levelCounts[i]++; } } }
			}
			function facet(list, counts, label) {
				var out = [];
				list.forEach(function (x, i) { if (counts[i] > 0) { out.push({ value: label ? x : x[0], label: label ? x : x[1], count: counts[i] }); } });
				return out;
			}
			var top = [];
			deptCounts.forEach(function (c, i) { if (c > 0) { top.push(i); } });
			top.sort(function (a, b) { return deptCounts[b] - deptCounts[a] || a - b; });
			top = top.slice(0, m.topDepartments).sort(function (a, b) { return a - b; });
			return Promise.all(top.map(function (i) { return self.department(i); })).then(function (pairs) {
				return {
					departments: top.map(function (i, k) { return { value: pairs[k][0], label: pairs[k][1], count: deptCounts[i] }; }),
					categories: facet(m.categories, catCounts, false),
					levels: facet(m.levels, levelCounts, true),
					statuses: [{ value: 'in_force', label: '现行', count: inForceCount }, { value: 'ended', label: '已调整', count: endedCount }]
				};
			});
		});
	};

	// [id, name] of a department, from departments/N.jgz.
	Engine.prototype.department = function (index) {
		var per = this.meta.departmentsPerShard;
		return this.require('departments/' + Math.floor(index / per)).then(function (pairs) { return pairs[index % per]; });
	};

	Engine.prototype.hit = function (doc, score, partial) {
		var m = this.meta;
		var self = this;
		return this.require('docs/' + Math.floor(doc / m.docsPerShard)).then(function (rows) {
			var row = rows[doc % m.docsPerShard];
			return self.department(row[2]).then(function (dept) { return {
				doc: doc, code: row[0], name: row[1], department: dept[0], departmentName: dept[1],
				category: m.categories[row[3]][0], categoryName: m.categories[row[3]][1],
				url: m.entryUrl.replace('{dept}', dept[0]).replace('{code}', row[0]), score: score, // {dept}: a portal's index (j/{dept}/entry/{code}/)
				snippet: row[4], partial: !!partial,
				status: STATUS_IDS[self.endedStatus()[doc] || 0],
				guideUrl: row.length > 6 ? row[6] : '', onlineUrl: row.length > 7 ? row[7] : '', // 一张网 links, on few rows
				unit: row.length > 8 ? row[8] : '' // a portal's index: the department within the jurisdiction
			}; });
		});
	};

	// ---- page (site-templates/pages/search.hbs) ----
	// Marks the characters of text that belong to a query token; returns [{text, mark}] pieces.
	function highlight(text, tokens) {
		var marked = new Uint8Array(text.length);
		var folded = fold(text);
		tokens.forEach(function (t) {
			if (t.length === 0) { return; }
			var at = folded.indexOf(t);
			while (at >= 0) {
				for (var i = at; i < at + t.length; i++) { marked[i] = 1; }
				at = folded.indexOf(t, at + 1);
			}
		});
		var pieces = [];
		for (var i = 0; i < text.length; i++) {
			var last = pieces[pieces.length - 1];
			if (last && last.mark === !!marked[i]) { last.text += text.charAt(i); }
			else { pieces.push({ text: text.charAt(i), mark: !!marked[i] }); }
		}
		return pieces;
	}

	// Snippet.Of: the window of the stored segment (label：text, one a line) that holds the most query tokens
	var SNIPPET_WINDOW = 60, SNIPPET_LEAD = 10; // IndexSettings.SnippetWindow, Snippet.Lead
	function snippetOf(stored, tokens) {
		var segments = stored.split('\n'), best = -1, bestCount = -1, bestMarks = null;
		function label(seg) { var c = seg.indexOf('：'); return c < 0 ? '' : seg.slice(0, c); }
		function text(seg) { var c = seg.indexOf('：'); return c < 0 ? seg : seg.slice(c + 1); }
		segments.forEach(function (seg, s) {
			var t = text(seg), folded = fold(t), marks = new Uint8Array(t.length), count = 0;
			tokens.forEach(function (token) {
				if (token.length === 0) { return; }
				var at = folded.indexOf(token);
				if (at >= 0) { count++; }
				while (at >= 0) {
					for (var i = at; i < at + token.length; i++) { marks[i] = 1; }
					at = folded.indexOf(token, at + 1);
				}
			});
			if (count > bestCount) { best = s; bestCount = count; bestMarks = marks; }
		});
		if (best < 0 || stored.length === 0) { return { field: '', text: '', marks: [] }; }
		var whole = text(segments[best]), first = bestMarks.indexOf(1);
		var start = Math.max(0, first - SNIPPET_LEAD), end = Math.min(whole.length, start + SNIPPET_WINDOW);
		start = Math.max(0, end - SNIPPET_WINDOW);
		var prefix = start > 0 ? '…' : '', runs = [];
		for (var i = start; i < end; i++) {
			if (bestMarks[i] && (i === start || !bestMarks[i - 1])) {
				var j = i;
				while (j < end && bestMarks[j]) { j++; }
				runs.push([i - start + prefix.length, j - i]);
			}
		}
		return { field: label(segments[best]), text: prefix + whole.slice(start, end) + (end < whole.length ? '…' : ''), marks: runs };
	}

	// A snippet's marks as [{text, mark}] pieces.
	function snippetPieces(snippet) {
		var pieces = [], at = 0;
		snippet.marks.forEach(function (m) {
			if (m[0] > at) { pieces.push({ text: snippet.text.slice(at, m[0]), mark: false }); }
			pieces.push({ text: snippet.text.slice(m[0], m[0] + m[1]), mark: true });
			at = m[0] + m[1];
		});
		if (at < snippet.text.length) { pieces.push({ text: snippet.text.slice(at), mark: false }); }
		return pieces;
	}

	function appendPieces(parent, pieces) {
		pieces.forEach(function (p) {
			if (p.mark) { var mark = document.createElement('mark'); mark.textContent = p.text; parent.appendChild(mark); }
			else { parent.appendChild(document.createTextNode(p.text)); }
		});
	}

	function el(tag, attrs, text) {
		var node = document.createElement(tag);
		if (attrs) { for (var k in attrs) { node.setAttribute(k, attrs[k]); } }
		if (text !== undefined) { node.textContent = text; }
		return node;
	}

	// The first option ("all") keeps the page's own label (全部部门; a portal's page: 全部辖区).
	function fillSelect(select, facets, selected) {
		var allLabel = select.options[0].text;
		while (select.firstChild) { select.removeChild(select.firstChild); }
		select.appendChild(el('option', { value: '' }, allLabel));
		var seen = false;
		facets.forEach(function (f) {
			var option = el('option', { value: f.value }, f.label + '（' + f.count + '）');
			if (f.value === selected) { option.selected = true; seen = true; }
			select.appendChild(option);
		});
		if (selected && !seen) {
			var keep = el('option', { value: selected }, selected + '（0）');
			keep.selected = true;
			select.appendChild(keep);
		}
	}

	function startPage() {
		var form = document.getElementById('search-form');
		if (!form || typeof DecompressionStream === 'undefined') { return; } // the no-JS message stays
		var script = currentScript || document.querySelector('script[src$="search.js"]');
		var root = new URL('../', script ? script.src : location.href);
		var engine = new Engine(new URL('search-index/', root).href);
		var input = document.getElementById('search-q');
		var selects = { dept: document.getElementById('search-dept'), cat: document.getElementById('search-cat'), level: document.getElementById('search-level'), status: document.getElementById('search-state') };
		var status = document.getElementById('search-status');
		var list = document.getElementById('search-results');
		var help = document.getElementById('search-help');
		var more = document.getElementById('search-more');
		var suggest = document.getElementById('search-suggest');
		var deptLabel = (document.querySelector('label[for="search-dept"]') || { textContent: '部门' }).textContent; // a portal's page: 辖区
		var limit = 10;
		var serial = 0;
		var shown = null; // the query text of the last search run
		form.hidden = false;
		var nojs = document.getElementById('search-nojs');
		if (nojs) { nojs.hidden = true; }

		function state() {
			return { q: input.value.trim(), dept: selects.dept.value, cat: selects.cat.value, level: selects.level.value, status: selects.status.value };
		}

		function writeUrl(s) {
			var params = new URLSearchParams();
			['q', 'dept', 'cat', 'level', 'status'].forEach(function (k) { if (s[k]) { params.set(k, s[k]); } });
			var query = params.toString();
			history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
		}

		function run() {
			var s = state();
			writeUrl(s);
			shown = s.q;
			var mine = ++serial;
			status.textContent = '正在检索……';
			var request = { query: s.q, department: s.dept, category: s.cat, level: s.level, status: s.status, limit: limit, facets: false };
			engine.search(request).then(function (r) {
				if (mine !== serial) { return; }
				render(r, s);
				return engine.facets(request, r).then(function (f) { // counts after the results, never before
					if (mine !== serial) { return; }
					fillSelect(selects.dept, f.departments, s.dept);
					fillSelect(selects.cat, f.categories, s.cat);
					fillSelect(selects.level, f.levels, s.level);
					fillSelect(selects.status, f.statuses, s.status);
				});
			}).catch(function (error) {
				if (mine !== serial) { return; }
				status.textContent = '检索失败：' + error.message;
			});
		}

		function render(r, s) {
			list.textContent = '';
			var tokens = [];
			r.words.forEach(function (w) { w.forEach(function (a) { a.forEach(function (t) { addUnique(tokens, t); }); }); });
			r.hits.forEach(function (hit) {
				var item = el('li', { 'class': 'search-result' });
				var heading = el('h2');
				var link = el('a', { href: new URL(hit.url, root).href });
				appendPieces(link, highlight(hit.name, tokens));
				heading.appendChild(link);
				if (hit.partial) { heading.appendChild(el('span', { 'class': 'search-partial' }, '部分匹配')); }
				if (STATUS_LABELS[hit.status]) { heading.appendChild(el('span', { 'class': 'status-tag' }, STATUS_LABELS[hit.status])); }
				item.appendChild(heading);
				item.appendChild(el('p', { 'class': 'search-meta' }, hit.code + ' · ' + hit.departmentName + (hit.unit ? ' · ' + hit.unit : '') + ' · ' + hit.categoryName));
				var sn = snippetOf(hit.snippet || '', tokens);
				if (sn.text) {
					var snippet = el('p', { 'class': 'search-snippet' });
					if (sn.field) { snippet.appendChild(el('span', { 'class': 'search-snippet-field' }, sn.field + '：')); }
					appendPieces(snippet, snippetPieces(sn));
					item.appendChild(snippet);
				}
				var links = el('p', { 'class': 'service-links search-service' }); // 一张网 (built from http(s) URLs only)
				[[hit.onlineUrl, '在线办理'], [hit.guideUrl, '办事指南']].forEach(function (l) {
					if (/^https?:\/\//i.test(l[0] || '')) {
						if (links.firstChild) { links.appendChild(document.createTextNode(' · ')); }
						links.appendChild(el('a', { href: l[0], rel: 'nofollow' }, l[1]));
					}
				});
				if (links.firstChild) { item.appendChild(links); }
				list.appendChild(item);
			});
			var filtered = s.dept || s.cat || s.level;
			status.textContent = !s.q && !filtered ? '请输入要查找的职权名称、编码、法律名称或关键词，或选择' + deptLabel + '、类别、层级浏览。'
				: r.total === 0
				? (s.q ? '没有找到与“' + s.q + '”相符的事项' : '没有符合筛选条件的事项') + (s.q && (filtered || s.status) ? '（已按筛选条件过滤）' : '') + '。'
				: '找到 ' + r.total + ' 条结果' + (r.partial > 0 ? '（其中 ' + r.partial + ' 条部分匹配）' : '') +
					(r.total > r.hits.length ? '，显示前 ' + r.hits.length + ' 条' : '') + '。';
			suggest.textContent = '';
			suggest.hidden = !r.suggestion;
			if (r.suggestion) {
				var params = new URLSearchParams(location.search);
				params.set('q', r.suggestion);
				suggest.appendChild(document.createTextNode('您要找的是不是：'));
				suggest.appendChild(el('a', { href: '?' + params.toString() }, r.suggestion));
			}
			help.hidden = r.total !== 0 || (!s.q && !filtered);
			more.hidden = r.total <= r.hits.length;
		}

		var params = new URLSearchParams(location.search);
		input.value = params.get('q') || '';
		['dept', 'cat', 'level', 'status'].forEach(function (k) {
			var v = params.get(k) || '';
			if (v) { selects[k].appendChild(el('option', { value: v }, v)); selects[k].value = v; }
		});
		form.addEventListener('submit', function (event) { event.preventDefault(); limit = 10; run(); });
		Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', function () { limit = 10; run(); }); });
		var timer = null;
		more.addEventListener('click', function () { clearTimeout(timer); if (state().q === shown) { limit += 10; } else { limit = 10; } run(); });
		// A new query starts again at 10 results; an input that leaves the query as shown (a trailing space) keeps "more".
		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(function () { if (state().q !== shown) { limit = 10; run(); } }, 250);
		});
		run();
	}

	window.PowerListSearch = { Engine: Engine, parse: parse, segment: segment, fold: fold, queryTokens: queryTokens, fnv: fnv, shardOf: shardOf, highlight: highlight, snippetOf: snippetOf };
	if (typeof document !== 'undefined') {
		if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', startPage); }
		else { startPage(); }
	}
})();
