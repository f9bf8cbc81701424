#include "ManagementWiring.h"

#include "AuditView.h"
#include "BulkView.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementProfileBar.h"
#include "ProfileSwitcher.h"
#include "TenantView.h"
#include "UsersView.h"
#include "profiles/ProfileDirectory.h"

#include <QAction>

namespace orglens::widgets {

void wireManagementConnection(MainWindow *window, ManagementConnection *connection)
{
    QObject::connect(window, &MainWindow::currentProfileChanged, connection,
                     [window, connection](const QString &label) {
                         if (label.isEmpty())
                             return connection->clear();
                         const profiles::ProfileKey key = connection->context().directory->keyFor(label);
                         // The switcher follows the connection too (below): no second secret read for the profile
                         // already in use.
                         if (key != connection->profileKey())
                             connection->setProfileKey(key);
                     });
    QObject::connect(connection, &ManagementConnection::changed, window, [window, connection] {
        ProfileSwitcher *switcher = window->profileSwitcher();
        const profiles::ProfileKey key = connection->profileKey();
        if (!key.isNull() && switcher->currentLabel() != key.name)
            window->selectProfile(key.name);
        switcher->setEnabled(!connection->isHeld());
        switcher->setToolTip(connection->isHeld() ? ManagementConnection::heldNotice() : QString());
    });
}

void addManagementViews(MainWindow *window, ManagementConnection *connection)
{
    using Slot = MainWindow::ViewSlot;
    window->addView(MainWindow::tr("Users"), Slot::Users, [window, connection] {
        auto *view = new UsersView(connection, window);
        QObject::connect(view, &UsersView::statusChanged, window, &MainWindow::showStatus);
        return view;
    });
    window->addView(MainWindow::tr("Bulk"), Slot::Bulk, [window, connection] {
        auto *view = new BulkView(connection, window);
        QObject::connect(view, &BulkView::statusMessage, window, &MainWindow::showStatus);
        return view;
    });
    window->addView(MainWindow::tr("Audit"), Slot::Audit, [window, connection] {
        auto *view = new AuditView(connection, window);
        QObject::connect(view, &AuditView::statusMessage, window, &MainWindow::showStatus);
        return view;
    });
    window->addView(MainWindow::tr("Tenant"), Slot::Tenant, [window, connection] {
        auto *view = new TenantView(connection, window);
        QObject::connect(view, &TenantView::statusMessage, window, &MainWindow::showStatus);
        // The repair's proof: a device login, whose token the Login view then exchanges.
        QObject::connect(view, &TenantView::deviceLoginRequested, window, [window](const QString &loginHint) {
            LoginView *login = window->loginView();
            if (!login)
                return;
            window->showView(login);
            login->prepareLogin(oauth::Flow::Device, {}, loginHint);
            window->showStatus(TenantView::tr("Device login: Start, approve it, then Exchange this token; Compare "
                                              "shows org_id added, and a refreshed token keeps it."));
        });
        return view;
    });
    // From the profile switcher: check the chosen profile's tenant in the Tenant view.
    auto *checkTenant = new QAction(TenantView::tr("Check tenant"), window);
    checkTenant->setObjectName(QStringLiteral("checkTenantAction"));
    checkTenant->setToolTip(
        TenantView::tr("Check this profile's tenant: its org_id pipeline, step by step (Tenant view)"));
    QObject::connect(checkTenant, &QAction::triggered, window, [window] {
        auto *tenant = qobject_cast<TenantView *>(window->view(Slot::Tenant));
        if (!tenant)
            return;
        window->showView(tenant);
        tenant->check();
    });
    window->addProfileAction(checkTenant);
}

} // namespace orglens::widgets
