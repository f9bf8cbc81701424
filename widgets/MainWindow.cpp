#include "MainWindow.h"

namespace orglens::widgets {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OrgLens"));
}

} // namespace orglens::widgets
