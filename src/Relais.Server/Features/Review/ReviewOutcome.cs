namespace Relais.Server.Features.Review;

/// <summary>Why a review action could not be done (the handler maps it to 404 or 409).</summary>
internal enum ReviewError
{
    None,
    NotFound,
    NotPending,
    NotAutoApplied,
    ChangedSince,
    NoTarget,
}

internal static class ReviewErrors
{
    public static string Describe(ReviewError error) => error switch
    {
        ReviewError.NotFound => "No such suggestion.",
        ReviewError.NotPending => "Only a pending suggestion can be approved, corrected or rejected.",
        ReviewError.NotAutoApplied => "Only an auto-applied suggestion can be undone.",
        ReviewError.ChangedSince => "The field was changed since autofill wrote it: edit it directly instead.",
        ReviewError.NoTarget => "The organisation this suggestion is for no longer exists.",
        _ => string.Empty,
    };
}
