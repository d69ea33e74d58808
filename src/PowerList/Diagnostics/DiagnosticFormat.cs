namespace PowerList.Diagnostics;

/// <summary>How <see cref="DiagnosticWriter"/> prints diagnostics.</summary>
public enum DiagnosticFormat
{
    /// <summary><c>path:line:col: error PLnnnn: 消息</c>, one per line.</summary>
    Text,

    /// <summary>A JSON array of <c>{file, line, column, severity, code, message}</c>.</summary>
    Json,

    /// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=PLnnnn::消息</c>.</summary>
    GitHub,
}
