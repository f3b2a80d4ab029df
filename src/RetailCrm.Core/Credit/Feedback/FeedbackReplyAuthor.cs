namespace RetailCrm.Credit;

/// <summary>Who adds a reply to a rating that cannot be changed.</summary>
public enum FeedbackReplyAuthor
{
    /// <summary>The rated party explains (Taobao's 解释), e.g. a seller answering a negative.</summary>
    Rated = 0,

    /// <summary>The party who gave the rating adds a follow-up comment (Taobao's 追评).</summary>
    Rater = 1,
}
