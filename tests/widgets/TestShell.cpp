// The application shell end to end: navigation and shortcuts, paste and drop, the session history, the claim chain,
// signature badges and "Add this tenant" against an in-process demo tenant over real HTTP, and cancelling a login.
#include "AppServices.h"
#include "ClaimChainView.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "DiffRowDelegate.h"
#include "EventLoop.h"
#include "LifetimeTimeline.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ProfileSwitcher.h"
#include "SessionHistoryPanel.h"
#include "StatusColours.h"
#include "TestKeys.h"
#include "TokenDiffView.h"
#include "TokenInspectorView.h"
#include "UnsignedTokens.h"
#include "jwt/ClaimChainModel.h"
#include "jwt/TokenDiffModel.h"
#include "oauth/SessionHistory.h"
#include "oauth/SessionHistoryModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::widgets::MainWindow;
using orglens::widgets::TokenInspectorView;
using Badge = TokenInspectorView::BadgeState;

namespace {

QString accessToken(const QString &issuer, const QJsonObject &extra = {})
{
    QJsonObject payload{{QStringLiteral("iss"), issuer},
                        {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                        {QStringLiteral("aud"), QStringLiteral("https://api.orglens.example/")},
                        {QStringLiteral("scope"), QStringLiteral("read:orders")},
                        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    return test::unsignedToken(payload);
}

const QString Acme = QStringLiteral("https://acme.eu.auth0.com/");

} // namespace

class TestShell : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<MainWindow> m_window;
    int m_requestsStarted = 0;

    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    TokenInspectorView *inspector() const { return m_window->tokenInspector(); }
    QString demoToken(const QString &organization = {})
    {
        const auto reply = m_demo->clientCredentials(QLatin1String(demo::OrdersApiAudience), organization);
        return reply.json().value(QStringLiteral("access_token")).toString();
    }
    void showAndActivate()
    {
        QSignalSpy firstPainted(m_window.get(), &MainWindow::firstPainted);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(firstPainted.size(), 1); // profiles are read then
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_shell"));
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
    }

    void init()
    {
        QSettings().clear();
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_requestsStarted = 0;
        connect(&m_app->network, &CountingNetworkAccessManager::requestsInFlightChanged, this,
                [this, last = std::make_shared<int>(0)](int count) {
                    if (count > *last)
                        ++m_requestsStarted;
                    *last = count;
                });
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
        m_window->loginView()->setOpenBrowserAutomatically(false);
    }

    void cleanup()
    {
        m_window.reset();
        m_app.reset();
        QApplication::setPalette(QPalette());
    }

    void viewsTakeTheirPlaceWhateverTheOrderOfAdding()
    {
        // The views built elsewhere plug in later, in any order.
        auto *audit = new QLabel(QStringLiteral("audit"));
        audit->setObjectName(QStringLiteral("auditView"));
        auto *explain = new QLabel(QStringLiteral("explain"));
        auto *bulk = new QLabel(QStringLiteral("bulk"));
        auto *users = new QLabel(QStringLiteral("users"));
        m_window->addView(audit, QStringLiteral("Audit"), MainWindow::ViewSlot::Audit);
        m_window->addView(explain, QStringLiteral("Explain"), MainWindow::ViewSlot::Explain);
        m_window->addView(users, QStringLiteral("Users"), MainWindow::ViewSlot::Users);
        m_window->addView(bulk, QStringLiteral("Bulk"), MainWindow::ViewSlot::Bulk);
        auto *navigation = child<QListWidget>("navigation");
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row) {
            titles << navigation->item(row)->text();
            QVERIFY2(!navigation->item(row)->icon().isNull(), qPrintable(titles.last()));
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("Tokens"), QStringLiteral("Compare"), QStringLiteral("Explain"),
                                      QStringLiteral("Login"), QStringLiteral("Users"), QStringLiteral("Bulk"),
                                      QStringLiteral("Audit"), QStringLiteral("Profiles")}));
        QCOMPARE(m_window->view(MainWindow::ViewSlot::Explain), explain);
        QCOMPARE(m_window->currentView(), inspector()); // adding views does not change the view in front

        // Ctrl+1 … Ctrl+8 reach every view from the keyboard, in navigation order.
        showAndActivate();
        for (int row = navigation->count() - 1; row >= 0; --row) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), row);
        }
        // Arrow keys in the navigation list move through the views too.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(m_window->currentView(), m_window->diffView());

        // The last view comes back on the next start.
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), audit);
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        auto *again = new QLabel;
        again->setObjectName(QStringLiteral("auditView"));
        m_window->addView(again, QStringLiteral("Audit"), MainWindow::ViewSlot::Audit);
        m_window->restoreLastView();
        QCOMPARE(m_window->currentView(), again);
    }

    void aViewBuiltWhenFirstShownComesBackOnTheNextStart()
    {
        showAndActivate();
        m_window->showView(m_window->diffView());
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
        m_window->restoreLastView(); // the Compare view is not built yet: found by its slot
        QCOMPARE(m_window->currentView(), m_window->diffView());
        QCOMPARE(m_window->currentView()->objectName(), QStringLiteral("tokenDiffView"));
    }

    void tabReachesTheControlsAndEveryControlHasAName()
    {
        showAndActivate();
        for (int row = 0; row < child<QListWidget>("navigation")->count(); ++row) {
            child<QListWidget>("navigation")->setCurrentRow(row);
            // Interactive controls without a text of their own carry an accessible name.
            const QWidget *view = m_window->currentView();
            for (const QWidget *widget : view->findChildren<QWidget *>()) {
                if (qobject_cast<const QAbstractItemView *>(widget->parentWidget()))
                    continue; // a header: named through its view
                const bool needsName =
                    qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget) ||
                    qobject_cast<const QComboBox *>(widget) ||
                    (qobject_cast<const QLineEdit *>(widget) && !widget->parentWidget()->inherits("QComboBox"));
                if (!needsName || !widget->isVisibleTo(view))
                    continue;
                const QList<QLabel *> labels = view->findChildren<QLabel *>();
                const bool labelled = !widget->accessibleName().isEmpty() ||
                                      std::any_of(labels.cbegin(), labels.cend(),
                                                  [widget](const QLabel *label) { return label->buddy() == widget; });
                QVERIFY2(labelled,
                         qPrintable(QStringLiteral("%1 in %2").arg(widget->objectName(), view->objectName())));
            }
        }
        // From the navigation list, Tab moves into the view in front.
        m_window->showView(inspector());
        child<QListWidget>("navigation")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(inspector()->isAncestorOf(QApplication::focusWidget()));
    }

    void pasteAnywhereRecognisesTokenForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rowsAdded");
        QTest::addColumn<QString>("opened");
        const QString access = accessToken(Acme);
        const QString id = test::unsignedToken({{QStringLiteral("iss"), Acme},
                                                {QStringLiteral("aud"), QStringLiteral("native")},
                                                {QStringLiteral("nonce"), QStringLiteral("n")},
                                                {QStringLiteral("sub"), QStringLiteral("auth0|alice")}});
        QTest::newRow("token") << access << 1 << access;
        QTest::newRow("bearer line") << QStringLiteral("Bearer ") + access << 1 << access;
        QTest::newRow("authorization header") << QStringLiteral("Authorization: Bearer ") + access << 1 << access;
        const QJsonObject response{{QStringLiteral("access_token"), access}, {QStringLiteral("id_token"), id}};
        QTest::newRow("token response: both recorded, access token opened")
            << QString::fromUtf8(QJsonDocument(response).toJson()) << 2 << access;
    }

    void pasteAnywhereRecognisesTokenForms()
    {
        QFETCH(QString, text);
        QFETCH(int, rowsAdded);
        QFETCH(QString, opened);
        showAndActivate();
        m_window->showView(m_window->diffView());
        auto *navigation = child<QListWidget>("navigation");
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        QApplication::clipboard()->setText(text);
        QTest::keyClick(navigation, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), inspector());
        QVERIFY(inspector()->inspection().has_value());
        QCOMPARE(inspector()->inspection()->token.compact, opened);
        QCOMPARE(m_window->historyPanel()->model()->rowCount(), rowsAdded);
        QCOMPARE(m_window->historyPanel()->selectedToken(), opened);
        QCOMPARE(m_app->history.records().constLast().flow, oauth::Flow::Pasted);
    }

    void pasteInATextFieldIsLeftToTheField()
    {
        showAndActivate();
        m_window->showView(m_window->diffView());
        auto *before = child<QPlainTextEdit>("beforeInput");
        before->setFocus();
        QTRY_VERIFY(before->hasFocus());
        QApplication::clipboard()->setText(QStringLiteral("Bearer ") + accessToken(Acme));
        QTest::keyClick(before, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), m_window->diffView());
        QVERIFY(before->toPlainText().startsWith(QStringLiteral("Bearer ")));
    }

    void pastedJunkSaysWhy()
    {
        QVERIFY(!m_window->openPastedText(QStringLiteral("{\"error\":\"access_denied\"}")));
        QVERIFY2(m_window->statusMessage().contains(QStringLiteral("no access_token or id_token")),
                 qPrintable(m_window->statusMessage()));
        QCOMPARE(m_app->history.size(), 0);
    }

    void dropOpensAToken()
    {
        showAndActivate();
        const QString token = accessToken(Acme);
        QMimeData mime;
        mime.setText(QStringLiteral("Authorization: Bearer ") + token);
        const QPoint where = m_window->rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(inspector()->inspection()->token.compact, token);
    }

    void historySelectionGoesToInspectorAndCompare()
    {
        showAndActivate();
        const QString first = accessToken(Acme, {{QStringLiteral("org_id"), QStringLiteral("org_1")}});
        const QString second = accessToken(Acme, {{QStringLiteral("org_id"), QStringLiteral("org_2")}});
        m_window->openPastedText(first);
        m_window->openPastedText(second);
        auto *panel = m_window->historyPanel();
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->model()->index(0, oauth::SessionHistoryModel::FlowColumn).data().toString(),
                 QStringLiteral("Pasted"));

        // Enter on a row opens it in the inspector.
        panel->view()->setCurrentIndex(panel->model()->index(0, 0));
        panel->view()->setFocus();
        QTRY_VERIFY(panel->view()->hasFocus());
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QCOMPARE(inspector()->inspection()->token.compact, first);

        // As before / as after fill the Compare view and compare.
        child<QPushButton>("historyBeforeButton")->click();
        panel->view()->setCurrentIndex(panel->model()->index(1, 0));
        child<QPushButton>("historyAfterButton")->click();
        QCOMPARE(m_window->currentView(), m_window->diffView());
        const jwt::TokenDiffModel *diff = m_window->diffView()->model();
        const int row = diff->rowForPath(QStringLiteral("/payload/org_id"));
        QVERIFY(row >= 0);
        QCOMPARE(diff->index(row, 0).data(jwt::TokenDiffModel::ChangeKindRole).toInt(), int(jwt::ChangeKind::Changed));
    }

    void chainLabelsEachClaimWithItsStep()
    {
        // device login → refresh → exchange, as the OAuth client records them.
        const auto add = [this](const QString &flow, const QJsonObject &claims, const QString &parent) {
            oauth::SessionRecord record;
            record.flow = *oauth::parseFlow(flow);
            record.issuer = QUrl(Acme);
            record.tokens.accessToken = Secret::fromString(accessToken(Acme, claims));
            record.tokens.body = Secret("{}");
            record.parentId = parent;
            return m_app->history.add(record);
        };
        const QString device = add(QStringLiteral("device"), {{QStringLiteral("https://x.example/plan"), 1}}, {});
        const QString refresh = add(QStringLiteral("refresh"), {{QStringLiteral("https://x.example/plan"), 1}}, device);
        add(QStringLiteral("token_exchange"), {{QStringLiteral("org_id"), QStringLiteral("org_acme")}}, refresh);
        showAndActivate();
        auto *panel = m_window->historyPanel();
        QCOMPARE(panel->model()->rowCount(), 3);
        panel->view()->setCurrentIndex(panel->model()->index(2, 0));
        child<QPushButton>("historyChainButton")->click();
        QCOMPARE(m_window->currentView(), m_window->diffView());
        auto *chainView = m_window->diffView()->chainView();
        QVERIFY(chainView->isVisible());
        const jwt::ClaimChainModel *model = chainView->model();
        QCOMPARE(model->chain().steps.size(), 3);
        const int org = model->rowForClaim(QStringLiteral("org_id"));
        QVERIFY(model->index(org, model->historyColumn())
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("added by Token exchange ")));
        const int plan = model->rowForClaim(QStringLiteral("https://x.example/plan"));
        QVERIFY(model->index(plan, model->historyColumn())
                    .data()
                    .toString()
                    .contains(QStringLiteral("dropped by Token exchange")));
        // Only the claims that change: sub, aud and scope stay the same all along and are hidden.
        chainView->setOnlyChanges(true);
        for (int row = 0; row < chainView->proxy()->rowCount(); ++row) {
            const QString claim = chainView->proxy()->index(row, 0).data().toString();
            QVERIFY2(claim != QLatin1String("sub") && claim != QLatin1String("scope"), qPrintable(claim));
        }
        QVERIFY(chainView->proxy()->rowCount() >= 2);
    }

    void badgeStatesFromTheTenantsKeys()
    {
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        showAndActivate();
        const QString token = demoToken();
        QVERIFY(!token.isEmpty());

        // A token of the demo tenant: its profile matches, its keys verify it.
        m_window->openToken(token);
        QTRY_COMPARE_WITH_TIMEOUT(inspector()->verificationState(), Badge::Verified, 10000);
        QVERIFY(child<QLabel>("verificationBadge")->text().startsWith(QStringLiteral("\u2713")));
        QVERIFY(child<QLabel>("validationReport")->text().contains(QStringLiteral("iss")));
        QVERIFY(!child<QWidget>("unknownIssuerBar")->isVisible());

        // The same token with one signature bit flipped.
        m_window->openToken(test::TestTokens::flipSignatureBit(token));
        QTRY_COMPARE_WITH_TIMEOUT(inspector()->verificationState(), Badge::InvalidSignature, 10000);
        QVERIFY(child<QLabel>("verificationBadge")->text().startsWith(QStringLiteral("\u2717")));

        // Signed by a key the tenant never published.
        const auto stranger = test::TestKey::generate(QStringLiteral("RS256"), QStringLiteral("not-the-tenants-key"));
        m_window->openToken(stranger.sign(
            QJsonObject{{QStringLiteral("iss"), m_demo->issuer()}, {QStringLiteral("sub"), QStringLiteral("x")}}));
        QTRY_COMPARE_WITH_TIMEOUT(inspector()->verificationState(), Badge::UnknownKey, 10000);

        // Cleared for a token of an issuer without a profile: not checked, nothing fetched.
        const int fetched = m_requestsStarted;
        m_window->openToken(accessToken(Acme));
        QCOMPARE(inspector()->verificationState(), Badge::NotChecked);
        test::runQueuedEvents();
        QCOMPARE(m_requestsStarted, fetched);
    }

    void addThisTenantAsksBeforeFetchingAnything()
    {
        showAndActivate();
        const QString token = demoToken();
        m_window->openToken(token);
        auto *bar = child<QWidget>("unknownIssuerBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(inspector()->verificationState(), Badge::NotChecked);
        test::runQueuedEvents();
        QCOMPARE(m_requestsStarted, 0); // the token's own issuer is not contacted

        widgets::Confirmation asked;
        m_window->setConfirmation([&asked](const widgets::Confirmation &confirmation) {
            asked = confirmation;
            return false;
        });
        child<QToolButton>("addTenantButton")->click();
        // The tenant as it is reached: host and port.
        QCOMPARE(asked.question,
                 QStringLiteral("Add a profile for the tenant %1?").arg(QUrl(m_demo->issuer()).authority()));
        QVERIFY(QUrl(m_demo->issuer()).port() > 0);
        QCOMPARE(asked.action, QStringLiteral("Add profile"));
        QVERIFY(m_app->profiles.names().isEmpty());
        QCOMPARE(m_requestsStarted, 0);

        m_window->setConfirmation([](const widgets::Confirmation &) { return true; });
        child<QToolButton>("addTenantButton")->click();
        QCOMPARE(m_app->profiles.names().size(), 1);
        const auto profile = m_app->profiles.load(m_app->profiles.names().constFirst());
        QVERIFY(profile.ok());
        QCOMPARE(profile->issuer.toString(), m_demo->issuer());
        QCOMPARE(profile->clientId, QStringLiteral("demo-m2m"));
        QCOMPARE(profile->audience, QLatin1String(demo::OrdersApiAudience));
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(inspector()->verificationState(), Badge::Verified, 10000);
        // The switcher lists the new profile with its domain.
        QVERIFY(child<QComboBox>("profileSwitcher")->currentText().contains(QStringLiteral("127.0.0.1")));
    }

    void profileSwitcherDrivesTheViews()
    {
        profiles::Profile saved;
        saved.name = QStringLiteral("acme-prod");
        saved.issuer = QUrl(Acme);
        saved.clientId = QStringLiteral("native");
        QVERIFY(m_app->profiles.save(saved).ok());
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        QStringList followed;
        connect(m_window.get(), &MainWindow::currentProfileChanged, this,
                [&followed](const QString &label, const profiles::Profile &profile) {
                    followed << label + QLatin1Char('@') + profile.issuer.host();
                });
        auto *switcher = child<QComboBox>("profileSwitcher");
        QCOMPARE(switcher->count(), 1); // saved profiles are read after the first paint
        showAndActivate();
        QTRY_COMPARE(switcher->count(), 2);
        QVERIFY(switcher->itemText(1).contains(QStringLiteral("acme.eu.auth0.com")));
        QVERIFY(m_window->selectProfile(QStringLiteral("acme-prod")));
        QCOMPARE(followed.constLast(), QStringLiteral("acme-prod@acme.eu.auth0.com"));
        QCOMPARE(m_window->currentProfile()->clientId, QStringLiteral("native"));
        QCOMPARE(m_app->directory.keyFor(QStringLiteral("Demo tenant")),
                 profiles::ProfileKey::session(QStringLiteral("Demo tenant")));
        QCOMPARE(m_app->directory.keyFor(QStringLiteral("acme-prod")),
                 profiles::ProfileKey::saved(QStringLiteral("acme-prod")));
        // The Login view follows.
        QCOMPARE(child<QComboBox>("profileCombo")->currentText(), QStringLiteral("acme-prod"));
    }

    void deviceLoginCanBeCancelled()
    {
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        showAndActivate();
        m_window->showView(m_window->loginView());
        m_window->loginView()->setFlow(widgets::LoginView::Flow::Device);
        child<QPushButton>("startButton")->click();
        QVERIFY(m_window->loginView()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("userCodeLabel")->text().isEmpty(), 10000);
        QPointer<oauth::TokenOperation> operation = m_window->loginView()->currentOperation();
        QVERIFY(operation);
        QSignalSpy finished(operation.data(), &oauth::TokenOperation::finished);
        QTest::keyClick(m_window->loginView(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->loginView()->isRunning());
        QVERIFY(finished.size() == 1 || operation.isNull());
        QVERIFY(child<QPushButton>("startButton")->isEnabled());
        QTRY_COMPARE(m_app->network.requestsInFlight(), 0);
        QVERIFY(!child<QLabel>("networkActivity")->isVisible());
    }

    void statusBarCountsRequestsInFlight()
    {
        showAndActivate();
        auto *activity = child<QLabel>("networkActivity");
        QVERIFY(!activity->isVisible());
        QNetworkReply *reply = m_app->network.get(QNetworkRequest(QUrl(m_demo->issuer() + QStringLiteral("jwks"))));
        QVERIFY(activity->isVisible());
        QVERIFY(activity->text().contains(QStringLiteral("1 request")));
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(!activity->isVisible());
        delete reply;
    }

    void findFocusesTheClaimFilter()
    {
        showAndActivate();
        m_window->openToken(accessToken(Acme, {{QStringLiteral("org_id"), QStringLiteral("org_1")}}));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = child<QLineEdit>("claimFilter");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("org_"));
        auto *tree = child<QTreeView>("claimTree");
        // Only the payload section with org_id is left, opened.
        const QAbstractItemModel *model = tree->model();
        const int sections = 2; // header, payload
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex payload = model->index(0, 0);
        QCOMPARE(payload.data().toString(), QStringLiteral("Payload"));
        QVERIFY(tree->isExpanded(payload));
        QCOMPARE(model->rowCount(payload), 1);
        QCOMPARE(model->index(0, 0, payload).data().toString(), QStringLiteral("org_id"));
        filter->clear();
        QCOMPARE(model->rowCount(), sections);
    }

    void timelineSaysTheStateInWords()
    {
        widgets::LifetimeTimeline timeline;
        const QDateTime issued = QDateTime::currentDateTimeUtc();
        timeline.setTimes(issued, {}, issued.addSecs(3600), issued.addSecs(900));
        QCOMPARE(timeline.state(), widgets::LifetimeTimeline::State::Valid);
        QCOMPARE(timeline.elapsedShare(), 0.25);
        QVERIFY2(timeline.summary().contains(QStringLiteral("expires in 45 min")), qPrintable(timeline.summary()));
        timeline.setTimes(issued, {}, issued.addSecs(3600), issued.addSecs(7200));
        QCOMPARE(timeline.state(), widgets::LifetimeTimeline::State::Expired);
        QVERIFY(timeline.summary().startsWith(QStringLiteral("EXPIRED")));
        QCOMPARE(timeline.elapsedShare(), 1.0);
        timeline.setTimes(issued, issued.addSecs(600), issued.addSecs(3600), issued.addSecs(60));
        QCOMPARE(timeline.state(), widgets::LifetimeTimeline::State::NotYetValid);
        timeline.setTimes({}, {}, {}, issued);
        QCOMPARE(timeline.state(), widgets::LifetimeTimeline::State::NoTimes);
        QCOMPARE(timeline.elapsedShare(), -1.0);
        // Drawn with QPainter in both palettes: the elapsed part differs from the track.
        timeline.setTimes(issued, {}, issued.addSecs(3600), issued.addSecs(1800));
        timeline.resize(400, timeline.sizeHint().height());
        for (const QPalette &palette : {QPalette(), widgets::darkPalette()}) {
            timeline.setPalette(palette);
            const QImage image = timeline.grab().toImage();
            const int y = timeline.fontMetrics().height() + 6 + 4; // the middle of the bar
            QVERIFY(image.pixelColor(20, y) != image.pixelColor(380, y));
        }
    }

    void darkPaletteKeepsDiffTintsDarkAndDistinct()
    {
        const QColor base = widgets::darkPalette().color(QPalette::Base);
        QList<QColor> tints;
        for (const auto kind : {jwt::ChangeKind::Added, jwt::ChangeKind::Removed, jwt::ChangeKind::Changed}) {
            const QColor tint = widgets::DiffRowDelegate::tint(int(kind), base);
            QVERIFY(tint.lightness() < 110); // light text stays readable on it
            QVERIFY(tint != base);
            QVERIFY(!tints.contains(tint));
            tints << tint;
        }
        // The rows say + − ~ as well: colour is not the only cue.
        QApplication::setPalette(widgets::darkPalette());
        m_window->openDiff(accessToken(Acme), accessToken(Acme, {{QStringLiteral("org_id"), QStringLiteral("o")}}));
        const auto *model = m_window->diffView()->model();
        QVERIFY(model->index(model->rowForPath(QStringLiteral("/payload/org_id")), 0)
                    .data()
                    .toString()
                    .startsWith(QLatin1Char('+')));
    }

    void windowLayoutIsRestored()
    {
        m_window->resize(1100, 720); // the first start's size on a screen with room for it (offscreen is 800 wide)
        showAndActivate();
        auto *splitter = child<QSplitter>("mainSplitter");
        splitter->setSizes({200, 800});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(child<QSplitter>("mainSplitter")->sizes(), sizes);
    }
};

QTEST_MAIN(TestShell)
#include "TestShell.moc"
