namespace ContentLint.Rules;

/// <summary>How a rule's findings are repaired; rule files spell these in kebab case (<c>fix: delete-line</c>).</summary>
public enum FixKind
{
    /// <summary>Delete every line the finding touches, line breaks included.</summary>
    DeleteLine,

    /// <summary>Delete the junk region a section rule found, from its marker line to its end.</summary>
    DeleteSection,

    /// <summary>Delete just the matched characters.</summary>
    DeleteMatch,

    /// <summary>Replace the matched characters with the rule's replacement.</summary>
    Replace,
}
