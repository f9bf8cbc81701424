#include "ExplainWiring.h"

#include "ExplainView.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "TenantView.h"
#include "TokenInspectorView.h"

namespace orglens::widgets {

void wireExplainView(ExplainView *view, MainWindow *window)
{
    const auto showStatus = [window](const QString &message) { window->showStatus(message); };
    QObject::connect(view, &ExplainView::statusMessage, window, showStatus);
    view->setCurrentTokenSource([window] { return window->tokenInspector()->tokenText(); });
    QObject::connect(view, &ExplainView::tenantCheckRequested, window, [window](const QString &userId) {
        auto *tenant = qobject_cast<TenantView *>(window->view(MainWindow::ViewSlot::Tenant));
        if (!tenant)
            return;
        window->showView(tenant);
        tenant->checkUser(userId);
    });
    QObject::connect(
        view, &ExplainView::loginWithOrganizationRequested, window,
        [window, showStatus](oauth::Flow flow, const QString &organization) {
            LoginView *login = window->loginView();
            if (!login)
                return;
            window->showView(login);
            login->prepareLogin(flow, organization);
            showStatus(
                ExplainView::tr("Log in with organization=%1: check the profile, then Start.").arg(organization));
        });
    QObject::connect(view, &ExplainView::exchangeRequested, window,
                     [window, showStatus](const QString &token, const QString &organization) {
                         LoginView *login = window->loginView();
                         if (!login)
                             return;
                         window->showView(login);
                         const auto &last = login->lastResult();
                         if (last && last->response.accessToken.toString() == token) {
                             login->exchangeLastToken(organization);
                             return;
                         }
                         showStatus(ExplainView::tr("The exchange runs on a token obtained in the Login view: log in, "
                                                    "then use \"Exchange this token\"."));
                     });
}

} // namespace orglens::widgets
