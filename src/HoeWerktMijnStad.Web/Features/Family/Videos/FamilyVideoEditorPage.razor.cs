using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Audit;
using HoeWerktMijnStad.Web.Features.Learning;
using HoeWerktMijnStad.Web.Features.Learning.Admin;
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
        if (Missing is not null)
        {
            return;
        }

        var errors = Input.Action == EditorAction.Delete ? [] : Input.Check(HasStoredFile, StoredYouTubeId, Stored?.HasCaptions ?? false).ToList();
        if (Input.Action == EditorAction.Preview)
        {
            if (errors.Count > 0)
            {
                Show(errors);
                return;
            }

            Preview = PreviewOf(Input);
            return;
        }

        var user = await UserAsync();
        await using var db = await DbFactory.CreateDbContextAsync();
        if (Input.Action == EditorAction.Delete && Input.Id != 0)
        {
            // by its key: the database removes the file with it, in the same transaction as the log line
            db.FamilyVideos.Remove(new FamilyVideo { Id = Input.Id, Slug = "", Title = "", Description = "" });
            db.Record(user, "Video voor gezinnen verwijderd", StoredTitle);
            await db.TrySaveChangesAsync();
            Flash.Success<LearningText>("Removed", StoredTitle);
            Navigation.NavigateTo("/beheer/leren#videos");
            return;
        }

        var slug = EditorAction.SlugOf(Input.Slug, Input.Title ?? "");
        if (errors.Count == 0 && slug.Length == 0)
        {
            errors.Add((nameof(FamilyVideoInput.Slug), EditorAction.NoSlug));
        }

        if (errors.Count == 0 && await db.FamilyVideos.Where(v => v.Slug == slug && v.Id != Input.Id).Select(v => v.Title).FirstOrDefaultAsync() is { } other)
        {
            errors.Add((nameof(FamilyVideoInput.Slug), EditorAction.SlugTaken(slug, other)));
        }

        VideoFileCheck? upload = null;
        if (errors.Count == 0 && Input.HasNewFile)
        {
            upload = await VideoFiles.ReadAsync(Input.File);
            if (upload.Error is { } error)
            {
                errors.Add((nameof(FamilyVideoInput.File), error));
            }
        }

        string? captions = null;
        if (errors.Count == 0 && Input.HasNewCaptions)
        {
            (captions, var error) = await VideoFiles.ReadCaptionsAsync(Input.Captions!);
            if (error is not null)
            {
                errors.Add((nameof(FamilyVideoInput.Captions), error));
            }
        }

        if (errors.Count > 0)
        {
            Show(errors);
            return;
        }

        var now = Clock.GetUtcNow();
        // the row without its file: an edit of the text never loads the video's bytes
        var video = Input.Id == 0 ? null : await db.FamilyVideos.SingleOrDefaultAsync(v => v.Id == Input.Id);
        if (Input.Id != 0 && video is null)
        {
            Show([("", "Deze video is intussen verwijderd.")]);
            return;
        }

        var wasPublished = video?.IsPublished ?? false;
        video ??= db.FamilyVideos.Add(new FamilyVideo { Slug = slug, Title = "", Description = "" }).Entity;
        Input.ApplyTo(video, slug, now);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await ApplySourceAsync(db, video, upload, captions, now);
        db.Record(user, $"Video voor gezinnen {(video.IsPublished ? "gepubliceerd" : "opgeslagen als concept")}", video.Title);
        if (!await db.TrySaveChangesAsync())
        {
            Show([Input.Id != 0 && !await db.FamilyVideos.AnyAsync(v => v.Id == Input.Id)
                ? ("", "Deze video is intussen verwijderd.")
                : (nameof(FamilyVideoInput.Slug), EditorAction.SlugJustTaken(slug))]);
            return;
        }

        await transaction.CommitAsync();
        Flash.Success<LearningText>(EditorAction.Done(Input.Action, wasPublished), video.Title);
        if (upload is not null && HasStoredFile && captions is null && Stored!.HasCaptions)
        {
            Flash.Success<LearningText>("OldCaptionsRemoved");
        }

        Navigation.NavigateTo($"/beheer/leren/videos/{video.Id}");
    }

    /// <summary>The video's source, in the caller's transaction: a new file (with the captions that came with it:
    /// old captions belong to the old file), a YouTube link (the hosted file goes), or new or removed captions.</summary>
    private async Task ApplySourceAsync(AppDbContext db, FamilyVideo video, VideoFileCheck? upload, string? captions, DateTimeOffset now)
    {
        var storedFile = db.FamilyVideoFiles.Where(f => f.VideoId == video.Id && video.Id != 0);
        if (upload?.Bytes is { } bytes)
        {
            (video.FileHash, video.YouTubeId) = (VideoFiles.HashOf(bytes), null);
            await storedFile.ExecuteDeleteAsync();
            video.File = new FamilyVideoFile { ContentType = upload.ContentType!, Bytes = bytes, SizeBytes = bytes.Length, UploadedAt = now, Captions = captions };
        }
        else if (Input.YouTubeId is { } youTubeId)
        {
            // one source at a time (ck_family_videos_source)
            (video.YouTubeId, video.FileHash) = (youTubeId, null);
            await storedFile.ExecuteDeleteAsync();
        }
        else if (Input.RemoveCaptions || captions is not null)
        {
            var replacement = Input.RemoveCaptions ? null : captions;
            await storedFile.ExecuteUpdateAsync(f => f.SetProperty(x => x.Captions, replacement));
        }
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
