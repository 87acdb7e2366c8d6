namespace Festival.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Writes each email as an .eml file to <see cref="EmailOptions.PickupFolder"/>: no mail server needed.</summary>
    Pickup,

    /// <summary>Sends through the SMTP server at <see cref="EmailOptions.Host"/>.</summary>
    Smtp,
}
