namespace RetailCrm.Service;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class ComplaintService
{
    // Opening an id that exists: another customer's is refused; the same customer's is a replay when it asks the same.
    private static ComplaintResult ReplayOfOpen(
        LiveComplaint existing,
        CustomerId customer,
        ComplaintChannel channel,
        ComplaintSubject subject,
        EmotionalIntensity intensity,
        (OrderId Id, Money Value)? order,
        int valueRank,
        int? repeats,
        Sku? sku,
        string? description)
    {
        if (existing.Customer != customer)
        {
            return new ComplaintResult(new Rejection<ComplaintRejectionReason>(ComplaintRejectionReason.AlreadyExists, $"Complaint {existing.Id} belongs to another customer."), null);
        }

        // Repeats not given were counted from the store the first time: the count stored stands for them.
        var intake = existing.Intake;
        var first = OpenCommand(intake.Customer, intake.Channel, intake.Subject, existing.Grading, intake.Order, intake.Sku, intake.Description);
        var again = OpenCommand(customer, channel, subject, new GradingInput(intensity, repeats ?? existing.Grading.Repeats, order?.Value, valueRank), order?.Id, sku, description);
        return first == again
            ? new ComplaintResult(null, existing.State, null, IsReplay: true, existing.Id)
            : throw new IdempotencyKeyReusedException(new IdempotencyKey(existing.Id.Value), first, again);
    }

    private static string OpenCommand(CustomerId customer, ComplaintChannel channel, ComplaintSubject subject, GradingInput grading, OrderId? order, Sku? sku, string? description) =>
        CanonicalContent.Of("Open")
            .Add("customer", customer.Value)
            .Add("channel", channel)
            .Add("subject", subject)
            .Add("intensity", grading.Intensity)
            .Add("order", order?.Value)
            .Add("orderValue", grading.OrderValue)
            .Add("valueRank", grading.ValueRank)
            .Add("repeats", grading.Repeats)
            .Add("sku", sku?.Value)
            .Add("description", description)
            .ToString();
}
