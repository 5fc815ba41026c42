using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Learning;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

/// <summary>The leader adds a family video: a file we host or a YouTube link, a description and a transcript,
/// draft or published.</summary>
public sealed partial class FamilyVideoEditorPage : ContentEditorPage
{
    [Inject]
    public required FamilyVideoWrites Writes { get; init; }

    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromForm(FormName = "gezinsvideo")]
    private FamilyVideoInput Input { get; set; } = default!;

    private StoredFile? Stored { get; set; }

    private string? StoredYouTubeId { get; set; }

    private FamilyVideoView? Preview { get; set; }

    private bool HasStoredFile => Stored is not null;

    private string? StoredSource => Stored is { } file
        ? $"een bestand van {Learning.PdfFiles.Size(file.SizeBytes)} ({file.ContentType})"
        : StoredYouTubeId is { } id ? $"de YouTube-video {id}" : null;

    private string Heading => Missing is not null ? "Video niet gevonden" : Input.Id == 0 ? "Nieuwe video voor gezinnen" : $"Bewerken: {StoredTitle}";

    private sealed record StoredFile(string Hash, string ContentType, int SizeBytes, bool HasCaptions);

    protected override async Task OnInitializedAsync()
    {
        var posted = Input;
        Input ??= new FamilyVideoInput { Minutes = 2, Seconds = 0 };
        Context = new EditContext(Input);
        var id = Id ?? (posted?.Id is > 0 ? posted.Id : 0);
        if (id != 0)
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            var video = await db.FamilyVideos.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
            if (video is null)
            {
                AnswerNotFound("Deze video bestaat niet (meer).");
            }
            else
            {
                (StoredSlug, StoredTitle, IsPublished, StoredYouTubeId) = (video.Slug, video.Title, video.IsPublished, video.YouTubeId);
                Stored = await db.FamilyVideoFiles.Where(f => f.VideoId == id)
                    .Select(f => new StoredFile(video.FileHash!, f.ContentType, f.SizeBytes, f.Captions != null)).SingleOrDefaultAsync();
                Input = posted ?? FamilyVideoInput.From(video);
                Input.Id = video.Id;
            }
        }

        Context = new EditContext(Input);
    }

    private async Task SubmitAsync()
    {
        if (Input.Action == EditorAction.Preview && Missing is null)
        {
            var errors = Input.Check(HasStoredFile, StoredYouTubeId, Stored?.HasCaptions ?? false).ToList();
            if (errors.Count > 0)
            {
                Show(errors);
                return;
            }

            Preview = PreviewOf(Input);
            return;
        }

        await SubmitContentAsync(Writes, Input, "/beheer/leren#videos", id => $"/beheer/leren/videos/{id}", _ =>
        {
            if (Input.HasNewFile && Stored is { HasCaptions: true } && !Input.HasNewCaptions)
            {
                Flash.Success<ContentText>("OldCaptionsRemoved");
            }
        });
    }

    /// <summary>The card as the site will show it; a file chosen just now is not stored yet, so it plays the
    /// stored one (or none).</summary>
    private FamilyVideoView PreviewOf(FamilyVideoInput input)
    {
        var youTubeId = input.YouTubeId;
        var file = youTubeId is null ? Stored : null;
        return new FamilyVideoView(input.Id, StoredSlug ?? "voorbeeld", input.Title!.Trim(), input.Utility, input.Description!.Trim(), input.Transcript?.Trim() ?? "",
            input.TotalSeconds, youTubeId, file?.Hash, file?.ContentType, IsPublished, file?.HasCaptions ?? false);
    }
}
