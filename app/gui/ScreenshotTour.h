#pragma once

#include "AppContext.h"
#include "profiles/ProfileDirectory.h"

#include <QDir>
#include <QObject>
#include <QPixmap>

namespace orglens::widgets {
class MainWindow;
}

// `orglens --demo --screenshot-dir DIR` (hidden option, used by docs/screenshots.sh): fills the screen, obtains two
// tokens from the demo tenant (client credentials, without and with an organization), opens one in the inspector and
// both in Compare, explains the one without an organization in Explain, checks the tenant for a demo user in the
// Tenant view, then writes a PNG of every view (and of Explain's Actions dialog and the demo tenant's menu)
// (QWidget::grab(), so the result does not depend on a window manager) and quits.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(orglens::widgets::MainWindow *window, const orglens::widgets::AppContext &context,
                   const orglens::profiles::SessionProfile *demo, const QString &directory);

    void start();

private:
    void requestToken(const QString &organization, std::function<void(const QString &token)> next);
    void waitForBadge(int attemptsLeft);
    void checkTenant();
    void capture();
    void save(const QString &name, QWidget *widget = nullptr); // default: the main window
    void savePixmap(const QString &name, const QPixmap &pixmap);
    void saveDemoMenu(); // File › Demo tenant, open

    orglens::widgets::MainWindow *m_window;
    orglens::widgets::AppContext m_context;
    const orglens::profiles::SessionProfile *m_demo;
    QDir m_directory;
    QString m_explainToken; // explained in the Explain view (the token without an organization)
};
