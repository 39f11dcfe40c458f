namespace Mpp.Workflows.Definitions.Model;

/// <summary>How an activity input's value is obtained (Elsa 3 expression types).</summary>
public enum ExpressionType
{
    /// <summary>The value as written, e.g. <c>"DPMPTSP"</c> or <c>2</c>.</summary>
    Literal,

    /// <summary>A JavaScript expression evaluated by the sandboxed engine, e.g. <c>application.luasLantai &gt; 300</c>.</summary>
    JavaScript,

    /// <summary>A JSON value (array or object), e.g. the outcomes <c>["Setuju","Tolak"]</c>.</summary>
    Object,
}
