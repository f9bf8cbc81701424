#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace orglens::widgets {

class LoginView;
class ProfileEditorView;
class TokenDiffView;
class TokenInspectorView;
struct AppContext;

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

    // Shows the Compare view with the claim-level diff of two tokens.
    void openDiff(const QString &before, const QString &after);

    // Adds the views that need the application's objects (Login, Profiles) and the secret storage notice in the
    // status bar; the context must outlive the window.
    void addApplicationViews(const AppContext &context);
    // Shows the tenant in use (e.g. the demo tenant's issuer) in the status bar.
    void setTenantStatus(const QString &text);

    TokenInspectorView *tokenInspector() const { return m_tokenInspector; }
    TokenDiffView *diffView() const { return m_diffView; }
    LoginView *loginView() const { return m_loginView; }
    ProfileEditorView *profileEditor() const { return m_profileEditor; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreWindowState();
    void saveWindowState() const;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_views = nullptr;
    TokenInspectorView *m_tokenInspector = nullptr;
    TokenDiffView *m_diffView = nullptr;
    LoginView *m_loginView = nullptr;
    ProfileEditorView *m_profileEditor = nullptr;
    QLabel *m_tenantStatus = nullptr;
    QLabel *m_secretStorageStatus = nullptr;
    QAction *m_focusTokenInputAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace orglens::widgets
