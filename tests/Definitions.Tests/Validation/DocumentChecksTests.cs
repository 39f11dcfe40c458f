using Mpp.Workflows.Definitions.Validation;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Validation;

/// <summary>
/// The route's documents can be produced when the engine needs them: an approval is reached only through the permit, and a
/// mail attaches only a document issued on every path before it.
/// </summary>
public sealed class DocumentChecksTests
{
    /// <summary><code>start ─▶ decide ─True─▶ approve;  ─False─▶ refuse   (the route that approved files without a permit)</code></summary>
    [Fact]
    public void Validate_ApprovalWithoutPermit_IsReportedAtTheEndStep()
    {
        var definition = Definition(
            [Start(), Decision("decide"), End("approve"), End("refuse", "Rejected")],
            Wire("start", "Done", "decide"), Wire("decide", "True", "approve"), Wire("decide", "False", "refuse"));

        var error = Assert.Single(DefinitionValidator.Validate(definition));

        Assert.Equal(ValidationCodes.ApprovedWithoutPermit, error.Code);
        Assert.Equal("approve", error.ActivityId);
        Assert.Equal("$.root.activities[2]", error.Path);
    }

    /// <summary><code>start ─▶ decide ─True─▶ permit ─▶ approve;  ─False─▶ approve   (one path skips the permit)</code></summary>
    [Fact]
    public void Validate_OnePathSkippingThePermit_IsEnoughToReport()
    {
        var definition = Definition(
            [Start(), Decision("decide"), Issue("permit"), End("approve")],
            Wire("start", "Done", "decide"), Wire("decide", "True", "permit"), Wire("decide", "False", "approve"), Wire("permit", "Done", "approve"));

        Assert.Equal([ValidationCodes.ApprovedWithoutPermit], DefinitionValidator.Validate(definition).Select(e => e.Code));
    }

    /// <summary>A refusal letter is not a permit: <code>start ─▶ letter (Rejection) ─▶ approve</code></summary>
    [Fact]
    public void Validate_ARefusalLetterBeforeTheApproval_DoesNotCount()
    {
        var definition = Definition([Start(), Issue("letter", "Rejection"), End("approve")], Wire("start", "Done", "letter"), Wire("letter", "Done", "approve"));

        Assert.Equal(["approve"], DefinitionValidator.Validate(definition).Select(e => e.ActivityId));
    }

    /// <summary>
    /// <code>
    /// start ─▶ fork ─a─▶ permit ─▶ join ─▶ approve
    ///              └b─▶ review ─Ok─┘
    /// </code>
    /// Waiting for every branch, the permit has been issued when the join goes on; going on with the first, maybe not.
    /// </summary>
    [Theory]
    [InlineData("WaitAll", false)]
    [InlineData("WaitAny", true)]
    public void Validate_APermitOnOneParallelBranch_CountsOnlyWhenTheJoinWaitsForAll(string mode, bool reported)
    {
        var definition = Definition(
            [Start(), Fork("fork", "a", "b"), Issue("permit"), Task("review", "Ok"), Join("join", mode), End("approve")],
            Wire("start", "Done", "fork"), Wire("fork", "a", "permit"), Wire("fork", "b", "review"), Wire("permit", "Done", "join"),
            Wire("review", "Ok", "join"), Wire("join", "Done", "approve"));

        Assert.Equal(reported ? [ValidationCodes.ApprovedWithoutPermit] : [], DefinitionValidator.Validate(definition).Select(e => e.Code));
    }

    /// <summary>
    /// <code>
    /// start ─▶ verify ─Setuju─▶ permit ─▶ approve
    ///   ▲        └Kembalikan─▶ revise ─Resubmitted─┘ (back to verify)
    /// </code>
    /// </summary>
    [Fact]
    public void Validate_ARevisionLoop_KeepsAPermitOnEveryPath()
    {
        var definition = Definition(
            [Start(), Task("verify", "Setuju", "Kembalikan"), Revision("revise"), Issue("permit"), End("approve")],
            Wire("start", "Done", "verify"), Wire("verify", "Setuju", "permit"), Wire("verify", "Kembalikan", "revise"),
            Wire("revise", "Resubmitted", "verify"), Wire("permit", "Done", "approve"));

        Assert.Empty(DefinitionValidator.Validate(definition));
    }

    /// <summary><code>start ─▶ verify ─Setuju─▶ mail (attaches the permit) ─▶ permit ─▶ approve;  ─Tolak─▶ refuse</code></summary>
    [Fact]
    public void Validate_AMailAttachingThePermitBeforeItIsIssued_IsReportedAtTheAttachment()
    {
        var definition = Definition(
            [Start(), Task("verify", "Setuju", "Tolak"), Email("mail"), Issue("permit"), End("approve"), End("refuse", "Rejected")],
            Wire("start", "Done", "verify"), Wire("verify", "Setuju", "mail"), Wire("mail", "Done", "permit"), Wire("permit", "Done", "approve"),
            Wire("verify", "Tolak", "refuse"));

        var error = Assert.Single(DefinitionValidator.Validate(definition));

        Assert.Equal(ValidationCodes.AttachmentNotIssued, error.Code);
        Assert.Equal(["Permit"], error.Arguments);
        Assert.Equal("mail", error.ActivityId);
        Assert.Equal("$.root.activities[2].attachments[0]", error.Path);
    }

    /// <summary>After the permit, the permit may be attached; the receipt is issued at submission and may be attached anywhere.</summary>
    [Theory]
    [InlineData("Permit")]
    [InlineData("Receipt")]
    public void Validate_AMailAttachingAnIssuedDocument_IsFine(string attachment)
    {
        var definition = Definition(
            [Start(), Issue("permit"), Email("mail", attachment), End("approve")],
            Wire("start", "Done", "permit"), Wire("permit", "Done", "mail"), Wire("mail", "Done", "approve"));

        Assert.Empty(DefinitionValidator.Validate(definition));
    }

    /// <summary><code>start ─▶ verify ─Tolak─▶ mail (attaches the refusal letter, never issued) ─▶ refuse;  ─Setuju─▶ permit ─▶ approve</code></summary>
    [Fact]
    public void Validate_ARefusalLetterNeverIssued_CannotBeAttached()
    {
        var definition = Definition(
            [Start(), Task("verify", "Setuju", "Tolak"), Email("mail", "Rejection"), End("refuse", "Rejected"), Issue("permit"), End("approve")],
            Wire("start", "Done", "verify"), Wire("verify", "Tolak", "mail"), Wire("mail", "Done", "refuse"), Wire("verify", "Setuju", "permit"),
            Wire("permit", "Done", "approve"));

        var error = Assert.Single(DefinitionValidator.Validate(definition));

        Assert.Equal((ValidationCodes.AttachmentNotIssued, "Rejection"), (error.Code, error.Arguments.Single()));
    }

    [Fact]
    public void Validate_ADocumentKindTheProductCannotRender_IsReportedWithWhatWasWritten()
    {
        var definition = Definition([Start(), Issue("permit"), Issue("certificate", "Sertifikat"), End("approve")],
            Wire("start", "Done", "permit"), Wire("permit", "Done", "certificate"), Wire("certificate", "Done", "approve"));

        var error = Assert.Single(DefinitionValidator.Validate(definition));

        Assert.Equal((ValidationCodes.DocumentKindUnknown, "certificate", "$.root.activities[2].kind"), (error.Code, error.ActivityId, error.Path));
        Assert.Equal(["Sertifikat"], error.Arguments);
    }

    [Fact]
    public void ShippedRoutes_IssueThePermitBeforeEveryApproval()
    {
        var routes = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "workflows"), "*.json")
            .Where(f => Path.GetFileName(f) != "offices.json")
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, file => Assert.Empty(DefinitionValidator.ValidateJson(File.ReadAllText(file))));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mpp.Workflows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
