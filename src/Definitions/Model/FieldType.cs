namespace Mpp.Workflows.Definitions.Model;

/// <summary>The data types an application form or a task form field may have.</summary>
public enum FieldType
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date written <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An uploaded document, referenced by its stored id.</summary>
    File,
}
