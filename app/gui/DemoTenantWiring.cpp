#include "DemoTenantWiring.h"

#include "ActionPresets.h"
#include "DemoProfile.h"
#include "DemoTenantHost.h"
#include "DemoTenantMenu.h"
#include "MainWindow.h"
#include "profiles/ProfileDirectory.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace orglens {

namespace {

// The translation context of this file's texts.
struct DemoTenantWiring {
    Q_DECLARE_TR_FUNCTIONS(orglens::DemoTenantWiring)
};

QList<widgets::DemoChoice> presetChoices()
{
    QList<widgets::DemoChoice> choices;
    for (const QString &name : demo::actionPresetNames()) {
        const demo::ActionPreset preset = *demo::actionPresetFromName(name);
        choices.append({name, demo::ActionPresets::title(preset), demo::ActionPresets::describe(preset)});
    }
    return choices;
}

widgets::Confirmation restartConfirmation(const demo::DemoTenantHost &host, demo::ActionPreset preset)
{
    return {.title = DemoTenantWiring::tr("Restart the demo tenant"),
            .question = DemoTenantWiring::tr("Restart the demo tenant on %1 with \u201c%2\u201d?")
                            .arg(host.issuer().authority(), demo::ActionPresets::title(preset)),
            .details = DemoTenantWiring::tr("The demo's logins, sessions, edits and logs are lost: the tenant starts "
                                            "again from the preset's seed data, at the same address.\n\n%1")
                           .arg(demo::ActionPresets::describe(preset)),
            .action = DemoTenantWiring::tr("Restart")};
}

// Not modal: the window stays usable (and tests read the message) while it is shown.
void showStartFailure(widgets::MainWindow *window, demo::ActionPreset preset, const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, DemoTenantWiring::tr("Demo tenant"),
                                DemoTenantWiring::tr("The demo tenant did not start with \u201c%1\u201d.")
                                    .arg(demo::ActionPresets::title(preset)),
                                QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("demoStartFailure"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void wireDemoTenant(widgets::MainWindow *window, demo::DemoTenantHost *host, profiles::ProfileDirectory *directory)
{
    using Slot = widgets::MainWindow::ViewSlot;
    auto *menu = new widgets::DemoTenantMenu(presetChoices(), window);
    window->addFileMenu(menu);
    window->statusBar()->addPermanentWidget(menu->statusButton());

    const auto showState = [window, host, menu] {
        menu->setCurrent(host->isRunning() ? demo::actionPresetName(host->preset()) : QString());
        const QString notice = host->actionsNotice();
        window->setViewNotice(Slot::Tokens, notice);
        window->setViewNotice(Slot::Explain, notice);
    };
    QObject::connect(host, &demo::DemoTenantHost::stopped, window, showState);
    QObject::connect(host, &demo::DemoTenantHost::started, window, [window, host, directory, showState] {
        showState();
        const auto session = demo::demoSessionProfile(host->issuer());
        const auto *known = directory->sessionProfile(session.label);
        if (known && known->profile.issuer == session.profile.issuer)
            return; // restarted on its port: the profile is still right (adding it again would select it)
        directory->addSessionProfile(session); // listed and selected by every profile picker
        window->showHintOnce(QStringLiteral("demoUsers"), demo::demoSignInHint());
    });
    QObject::connect(menu, &widgets::DemoTenantMenu::chosen, window, [window, host](const QString &name) {
        const demo::ActionPreset preset = *demo::actionPresetFromName(name);
        const bool restarting = host->isRunning();
        if (restarting && !window->confirm(restartConfirmation(*host, preset)))
            return;
        if (const auto started = host->start(preset); !started)
            showStartFailure(window, preset, started.error().message);
        else // short: the status bar is narrow, and its demo button names the preset
            window->showStatus(restarting ? DemoTenantWiring::tr("Demo tenant restarted.")
                                          : DemoTenantWiring::tr("Demo tenant started."));
    });
    showState();
}

} // namespace orglens
