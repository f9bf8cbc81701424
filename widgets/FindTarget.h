#pragma once

namespace orglens::widgets {

// A view with a search field implements this: Ctrl+F (MainWindow::focusFind) moves the focus there.
class FindTarget {
public:
    virtual ~FindTarget() = default;
    virtual void focusFind() = 0;
};

} // namespace orglens::widgets
