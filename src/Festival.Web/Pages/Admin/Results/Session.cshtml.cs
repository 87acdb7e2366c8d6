using Festival.Web.Adjudication;
using MediatR;

namespace Festival.Web.Pages.Admin.Results;

/// <summary>The session clerk's page: who appeared, who is done, scratches; staff may change results after submission (audited).</summary>
public sealed class SessionModel(IMediator mediator) : SessionSheetPageModel(mediator, asStaff: true);
