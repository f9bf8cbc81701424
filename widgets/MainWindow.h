#pragma once

#include "AppContext.h"
#include "Confirmation.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace orglens {
class OperationTracker;
class PendingOperation;
} // namespace orglens

namespace orglens::jwt {
class JwksClient;
class TokenVerifier;
struct TokenInspection;
struct TokenVerification;
} // namespace orglens::jwt

namespace orglens::widgets {

class ActivityIndicator;
class ElidedLabel;
class SecretStorageNotice;
class LoginView;
class ProfileEditorView;
class ProfileSwitcher;
class SessionHistoryPanel;
class TokenDiffView;
class TokenInspectorView;

// The application shell: a navigation list on the left selects one view in a stack; a tool bar with the profile
// switcher; the session history as a dock; a status bar with network activity and errors.
//
// Views and their places. addView(view, title, slot) puts a view at its place in the navigation order
//     Tokens, Compare, Explain, Login, Users, Bulk, Audit, Profiles, Tenant
// whatever the order of the calls; each gets the slot's icon and the shortcut Ctrl+<position> (Ctrl+1 … Ctrl+9).
// addView(title, slot, factory) adds a view that is built only when first shown (or asked for with view(slot)):
// start-up stays fast however many views there are. Build anything slow to construct that way.
// A view with a search field implements FindTarget: Ctrl+F calls its focusFind() when it is the current view.
//
// The profile switcher lists the context's ProfileDirectory: session profiles (e.g. the demo tenant; one added is
// selected) and saved profiles (read after the first paint), with their tenant's domain. Views follow it through
//     void currentProfileChanged(const QString &label, const orglens::profiles::Profile &profile);
// e.g. connect(window, &MainWindow::currentProfileChanged, view, &MyView::setProfile). `label` is a saved profile's
// name or a session profile's label (empty with no profile); ProfileDirectory::keyFor(label) names the profile and
// readSecret() reads its secrets. The signal is emitted on every change, including the first selection.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class ViewSlot { Tokens, Compare, Explain, Login, Users, Bulk, Audit, Profiles, Tenant, Other };
    Q_ENUM(ViewSlot)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a view and its navigation entry at the slot's place (Other: at the end); returns its position.
    int addView(QWidget *view, const QString &title, ViewSlot slot = ViewSlot::Other);
    // A view built by `factory` (parented to the window by the stack) when it is first shown.
    using ViewFactory = std::function<QWidget *()>;
    int addView(const QString &title, ViewSlot slot, ViewFactory factory);
    // Brings a view added with addView() to the front.
    void showView(QWidget *view);
    QWidget *currentView() const;
    // The view at a slot (built now if it was added with a factory), or null.
    QWidget *view(ViewSlot slot) const;

    // Shows the token inspector with `text` decoded (command-line hand-off).
    void openToken(const QString &text);
    // Recognises a pasted or dropped text (token, Bearer line, Authorization header, JSON token response), records
    // its tokens in the session history and opens the main one. Returns false (and says why in the status bar) when
    // nothing was recognised.
    bool openPastedText(const QString &text);
    // Shows the token inspector and puts the keyboard focus into its input.
    void focusTokenInput();
    // Ctrl+F: the current view's focusFind() (FindTarget), else the token input.
    void focusFind();
    // A transient message in the status bar, shown for the window's one status-message time. It has its own place
    // left of the permanent items (tenant, activity): a long message is elided there, whole in its tooltip.
    void showStatus(const QString &message);
    QString statusMessage() const;

    // Shows the Compare view with the claim-level diff of two tokens.
    void openDiff(const QString &before, const QString &after);
    // Shows the claim chain of a session record's lineage (device → refresh → exchange …).
    void openChain(const QString &recordId);

    // Adds the views that need the application's objects (Login, Profiles), the session history, the profile
    // switcher's saved profiles and signature checks; the context must outlive the window.
    void addApplicationViews(const AppContext &context);

    // The profile switcher (see above).
    QString currentProfileLabel() const;
    std::optional<profiles::Profile> currentProfile() const;
    bool selectProfile(const QString &label);

    // Shows the view that was in front when the window was last closed (call after all views are added).
    void restoreLastView();
    // Replaces the "Add this tenant?" question (tests answer it without a modal dialog).
    void setConfirmation(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    // Replaces how Help > Documentation opens its address (tests look at it instead of starting a browser).
    void setUrlOpener(std::function<bool(const QUrl &url)> open) { m_openUrl = std::move(open); }
    // The documentation Help > Documentation opens: the README installed with OrgLens, else the one of the source
    // tree it was built from.
    static QUrl documentationUrl();
    // Shows `text` in a dismissable banner above the views, unless the hint `key` was shown before; true if shown.
    bool showHintOnce(const QString &key, const QString &text);
    // Shows `text` in a banner above the view of `slot` whenever that view is in front (e.g. why the tenant's
    // Actions do not run); empty removes it.
    void setViewNotice(ViewSlot slot, const QString &text);
    // The text of the banner above the views: the current view's notice (the banner is hidden when it has none).
    QLabel *viewNotice() const { return m_viewNotice; }
    // Adds a submenu to the File menu, above Quit.
    void addFileMenu(QMenu *menu);
    // Adds a button next to the profile switcher (an action on the window's profile).
    void addProfileAction(QAction *action);
    // Asks the question with the window's confirmation function (see setConfirmation()).
    bool confirm(const Confirmation &confirmation) const { return m_confirm(confirmation); }

    TokenInspectorView *tokenInspector() const { return m_tokenInspector; }
    TokenDiffView *diffView() const; // built on first use
    // Built on first use (see addView with a factory); null before addApplicationViews().
    LoginView *loginView();
    ProfileEditorView *profileEditor();
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }
    SessionHistoryPanel *historyPanel() const { return m_historyPanel; }
    // The long operations shown in the status bar (with Cancel): the context's tracker once addApplicationViews()
    // ran with one, else the window's own.
    OperationTracker *operations() const { return m_context.operations ? m_context.operations : m_operations; }
    ActivityIndicator *activityIndicator() const { return m_activityIndicator; }
    jwt::JwksClient *jwksClient() const { return m_jwks; }
    bool hasPainted() const { return m_painted; }

signals:
    void currentProfileChanged(const QString &label, const orglens::profiles::Profile &profile);
    // Once, right after the window's first paint: the place for anything slow (keychain, profiles, network).
    void firstPainted();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void addViewAction(int row);
    int insertView(QWidget *view, const QString &title, ViewSlot slot);
    QWidget *buildView(int position);
    void finishStartup();
    void restoreWindowState();
    void restoreSplitters();
    void saveWindowState() const;
    void pasteFromClipboard();
    void setRequestsInFlight(int count);
    void inspectTokenIssuer(const jwt::TokenInspection &inspection);
    void verifyWithProfile(const QString &label);
    void showVerification(const QString &compact, const jwt::TokenVerification &verification);
    void addTenant(const QString &issuer);
    void showTenant(const QString &label, const profiles::Profile &profile);
    void showViewNotice();

    AppContext m_context;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_views = nullptr;
    QFrame *m_viewNoticeBar = nullptr;
    QLabel *m_viewNotice = nullptr;
    QLabel *m_viewNoticeIcon = nullptr;
    QMap<ViewSlot, QString> m_viewNotices;
    QList<ViewSlot> m_slots;                   // the slot of each navigation row
    QHash<QWidget *, ViewFactory> m_factories; // placeholders of views not built yet
    QSet<QString> m_restoredSplitters;
    QList<QAction *> m_viewActions;
    TokenInspectorView *m_tokenInspector = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    QToolBar *m_profileToolBar = nullptr;
    SessionHistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    jwt::JwksClient *m_jwks = nullptr;
    jwt::TokenVerifier *m_verifier = nullptr;
    struct Verifying {
        QString compact; // the token whose check is running
        QString label;   // with this profile's keys
        QPointer<PendingOperation> operation;
    } m_verifying;
    ElidedLabel *m_message = nullptr;
    QTimer *m_messageTimer = nullptr;
    QLabel *m_tenantStatus = nullptr;
    SecretStorageNotice *m_secretStorageStatus = nullptr;
    QLabel *m_activity = nullptr;
    OperationTracker *m_operations = nullptr;
    ActivityIndicator *m_activityIndicator = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_focusTokenInputAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    ConfirmFunction m_confirm;
    std::function<bool(const QUrl &)> m_openUrl;
    bool m_painted = false;
};

} // namespace orglens::widgets
