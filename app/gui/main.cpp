#include "MainWindow.h"

#include "common/BuildInfo.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrgLens"));
    QApplication::setApplicationName(QStringLiteral("orglens"));
    QApplication::setApplicationVersion(orglens::applicationVersion());

    orglens::widgets::MainWindow window;
    window.show();
    return app.exec();
}
