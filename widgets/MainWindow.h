#pragma once

#include <QMainWindow>

namespace orglens::widgets {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace orglens::widgets
