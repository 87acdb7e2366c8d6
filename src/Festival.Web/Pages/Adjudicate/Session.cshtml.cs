using Festival.Web.Adjudication;
using MediatR;

namespace Festival.Web.Pages.Adjudicate;

/// <summary>The adjudicator's own session; another adjudicator's is not found.</summary>
public sealed class SessionModel(IMediator mediator) : SessionSheetPageModel(mediator, asStaff: false);
