#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace orglens::widgets {

class TokenInspectorView;

// The application shell: a navigation list on the left selects one view in a stack on the right.
// Views are added with addView(); the token inspector is the first.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a view and its navigation entry; returns its position in the navigation list.
    int addView(QWidget *view, const QString &title);
    // Brings a view added with addView() to the front.
    void showView(QWidget *view);
    QWidget *currentView() const;

    // Shows the token inspector with `text` decoded (paste, drop, command-line hand-off).
    void openToken(const QString &text);
    // Shows the token inspector and puts the keyboard focus into its input.
    void focusTokenInput();

    TokenInspectorView *tokenInspector() const { return m_tokenInspector; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreWindowState();
    void saveWindowState() const;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_views = nullptr;
    TokenInspectorView *m_tokenInspector = nullptr;
    QAction *m_focusTokenInputAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace orglens::widgets
