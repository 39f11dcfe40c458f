using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Designer.Administration;
using Mpp.Workflows.Designer.Applications;
using Mpp.Workflows.Designer.Attachments;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Designer.Calendars;
using Mpp.Workflows.Designer.Cli;
using Mpp.Workflows.Designer.Complaints;
using Mpp.Workflows.Designer.Components;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Designer.Documents;
using Mpp.Workflows.Designer.Health;
using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Designer.Jobs;
using Mpp.Workflows.Designer.Observability;
using Mpp.Workflows.Designer.Performance;
using Mpp.Workflows.Designer.Regency;
using Mpp.Workflows.Designer.Seeding;
using Mpp.Workflows.Designer.Standards;
using Mpp.Workflows.Designer.Storage;
using Mpp.Workflows.Designer.Surveys;
using Mpp.Workflows.Designer.Tasks;
using Mpp.Workflows.Designer.TestRuns;
using Mpp.Workflows.Designer.Tracking;
using Mpp.Workflows.Designer.Verification;
using Mpp.Workflows.Engine;

// `validate <files…>` checks route files offline and exits without starting the host.
if (args is ["validate", ..])
{
    return ValidateCommand.Run(args[1..], Console.Out);
}

// `backup <file>` and `restore <file>` copy the embedded store and its secrets (README, "Backups").
if (args is ["backup" or "restore", ..])
{
    return await BackupCommands.RunAsync(args, Console.Out);
}

// Configuration files sit beside the binaries; relative paths in settings (DataDirectory) and on the command line are the
// caller's, as RunWorkingDirectory keeps `dotnet run` in the directory it was started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.UseDefaultUrls();
builder.AddSecurityHardening();
builder.AddWorkflowStorage();
builder.Services.AddWorkflowEngine().AddJavaScriptConditions();
builder.Services.Configure<EngineOptions>(builder.Configuration.GetSection("Engine"));
builder.Services.Configure<ComplaintOptions>(builder.Configuration.GetSection(ComplaintOptions.Section));
builder.AddTrackingTokenSecret();
builder.Services.AddDefinitionEditing();
builder.Services.AddSingleton<TestRunService>();
builder.Services.AddStartupSeeding();
builder.Services.AddCalendars();
builder.Services.AddStaffAdministration();
builder.Services.AddSurveys();
builder.AddJobs();
builder.AddDocumentPipeline();
builder.Services.AddServiceStandards();
builder.AddStaffAuthentication();
builder.AddSubmissionLimits();
builder.AddStudioRunLimits();
builder.AddApiErrors();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());

    // A body that names a property twice is ambiguous: refused with 400 instead of failing later on the copy it holds.
    json.SerializerOptions.AllowDuplicateProperties = false;
    json.SerializerOptions.Converters.Add(new StrictJsonObjectConverter());
    json.SerializerOptions.Converters.Add(new StrictJsonNodeConverter());
});
builder.Services.AddHostHealthChecks();
builder.AddObservability();
builder.Services.AddOpenApi();
builder.AddUi();
builder.AddRegencyIdentity();

var app = builder.Build();

app.UseSecurityHardening();
app.UseApiErrors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapApiReference();
app.MapHealth();
app.MapObservability();
app.MapAuth();
app.MapDefinitions();
app.MapTestRuns();
app.MapApplications();
app.MapTracking();
app.MapComplaints();
app.MapTasks();
app.MapCalendars();
app.MapJobsDashboard();
app.MapDocuments();
app.MapAttachments();
app.MapVerification();
app.MapServiceStandards();
app.MapSurvey();
app.MapPerformance();
app.MapOutboxAdmin();
app.MapStaffAdministration();
app.MapRegencyIdentity();
app.MapUi();

await app.RunAsync();
return 0;
