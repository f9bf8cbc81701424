// The Explain view's hand-off report export and generated Actions: the Actions dialog shows both Actions generated
// from the current profile and copies exactly the shown code; the export writes Markdown and JSON with the verdict
// and the finding ids, token values only when asked, and nothing at all when the path cannot be written. New
// controls are reachable by keyboard. What is pasted: no verdict on text that is no token (the decode error instead,
// as the Tokens view shows it), a token broken over lines explained like the unbroken one with a note that says so,
// and an encrypted token judged as the token it is.
#include "AppServices.h"
#include "ExplainView.h"
#include "GeneratedActionsDialog.h"
#include "ManagementConnection.h"
#include "UnsignedTokens.h"
#include "explain/ActionTemplates.h"
#include "jwt/TokenDecoder.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using explain::ActionKind;
using widgets::ExplainView;
using widgets::GeneratedActionsDialog;
using widgets::ManagementConnection;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

profiles::Profile acmeProfile()
{
    profiles::Profile profile;
    profile.name = s("acme");
    profile.issuer = QUrl(s("https://acme.eu.auth0.com/"));
    profile.clientId = s("native-client");
    profile.audience = s("https://api.acme.test/");
    profile.claimNamespace = s("https://support.acme.test"); // no trailing slash: the Actions normalise it
    profile.subjectTokenType = s("urn:acme:device-token");
    return profile;
}

// A device-flow style token with the namespaced claim but no org_id: "not-exchanged" for the profile above.
QString tokenWithoutOrgId()
{
    // One issue time for the whole run: the exports are checked against the very token that was explained,
    // which a second boundary between the two calls would otherwise change.
    static const qint64 now = QDateTime::currentSecsSinceEpoch();
    return test::unsignedToken({{s("iss"), s("https://acme.eu.auth0.com/")},
                                {s("sub"), s("auth0|bob")},
                                {s("aud"), QJsonArray{s("https://api.acme.test/")}},
                                {s("azp"), s("native-client")},
                                {s("iat"), now - 60},
                                {s("exp"), now + 3600},
                                {s("https://support.acme.test/org_id"), s("org_acme")}});
}

QString tokenWithOrgId()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return test::unsignedToken({{s("iss"), s("https://acme.eu.auth0.com/")},
                                {s("sub"), s("auth0|bob")},
                                {s("aud"), QJsonArray{s("https://api.acme.test/")}},
                                {s("iat"), now - 60},
                                {s("exp"), now + 3600},
                                {s("org_id"), s("org_acme")}});
}

QStringList findingIds(const ExplainView &view)
{
    QStringList ids;
    for (const QFrame *card : view.findChildren<QFrame *>()) {
        if (card->property("findingId").isValid())
            ids << card->property("findingId").toString();
    }
    return ids;
}

QLabel *verdictOf(const ExplainView &view)
{
    return view.findChild<QLabel *>(s("verdictLabel"));
}

QLabel *inputNotesOf(const ExplainView &view)
{
    return view.findChild<QLabel *>(s("explainInputNotes"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString codeOf(const explain::ActionSettings &settings, ActionKind kind)
{
    const auto actions = explain::generateActions(settings, {kind});
    return actions ? actions->constFirst().code : QString();
}

} // namespace

class TestExplainExportAndActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<ManagementConnection> m_connection;

    std::unique_ptr<ExplainView> explainedView()
    {
        auto view = std::make_unique<ExplainView>(m_connection.get());
        view->explainToken(tokenWithoutOrgId());
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
        m_connection = std::make_unique<ManagementConnection>(m_app->context());
        // No Management API application: nothing here talks to a tenant.
        m_connection->setProfile(acmeProfile());
    }

    void actionsDialogShowsBothActionsAndCopiesThem()
    {
        GeneratedActionsDialog dialog(acmeProfile());
        auto *postLogin = dialog.findChild<QPlainTextEdit *>(s("postLoginCode"));
        auto *exchange = dialog.findChild<QPlainTextEdit *>(s("tokenExchangeCode"));
        QVERIFY(postLogin && exchange);
        QVERIFY(postLogin->isReadOnly() && exchange->isReadOnly());
        QCOMPARE(postLogin->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        // The profile's namespace (normalised), issuer and audience are in the code.
        QVERIFY2(postLogin->toPlainText().contains(s("const NAMESPACE = \"https://support.acme.test/\";")),
                 qPrintable(postLogin->toPlainText()));
        QVERIFY(exchange->toPlainText().contains(s("const NAMESPACE = \"https://support.acme.test/\";")));
        QVERIFY(exchange->toPlainText().contains(s("const ISSUER = \"https://acme.eu.auth0.com/\";")));
        QVERIFY(exchange->toPlainText().contains(s("const AUDIENCE = \"https://api.acme.test/\";")));
        QVERIFY(exchange->toPlainText().contains(s("urn:acme:device-token")));
        // The same code as `orglens-cli actions generate` with this profile.
        const explain::ActionSettings settings = explain::actionSettings(acmeProfile());
        QCOMPARE(postLogin->toPlainText(), codeOf(settings, ActionKind::PostLogin));
        QCOMPARE(exchange->toPlainText(), codeOf(settings, ActionKind::TokenExchange));
        QVERIFY(dialog.findChild<QLabel *>(s("postLoginWhereLabel"))->text().contains(s("Post Login")));
        QVERIFY(dialog.findChild<QLabel *>(s("tokenExchangeWhereLabel"))->text().contains(s("urn:acme:device-token")));

        dialog.show();
        QGuiApplication::clipboard()->setText(s("something else"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(s("postLoginCopyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), postLogin->toPlainText());
        dialog.findChild<QTabWidget *>(s("actionsTabs"))->setCurrentIndex(1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(s("tokenExchangeCopyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), exchange->toPlainText());
        QVERIFY(dialog.findChild<QLabel *>(s("actionsStatusLabel"))->text().contains(s("Copied")));
    }

    void actionsDialogExplainsMissingSettings_data()
    {
        QTest::addColumn<QString>("claimNamespace");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<bool>("postLoginShown");
        QTest::addColumn<QString>("postLoginError");
        QTest::addColumn<QString>("exchangeError");
        QTest::newRow("no namespace") << QString() << s("https://api.acme.test/") << false << s("\"Claim namespace\"")
                                      << s("\"Claim namespace\"");
        QTest::newRow("forbidden namespace") << s("https://claims.auth0.com/") << s("https://api.acme.test/") << false
                                             << s("auth0.com") << s("auth0.com");
        QTest::newRow("no audience") << s("https://support.acme.test/") << QString() << true << QString()
                                     << s("\"Audience\"");
    }

    void actionsDialogExplainsMissingSettings()
    {
        QFETCH(QString, claimNamespace);
        QFETCH(QString, audience);
        QFETCH(bool, postLoginShown);
        QFETCH(QString, postLoginError);
        QFETCH(QString, exchangeError);
        profiles::Profile profile = acmeProfile();
        profile.claimNamespace = claimNamespace;
        profile.audience = audience;
        GeneratedActionsDialog dialog(profile);
        dialog.show();
        QCOMPARE(dialog.code(ActionKind::PostLogin).isEmpty(), !postLoginShown);
        QVERIFY(dialog.code(ActionKind::TokenExchange).isEmpty());
        QCOMPARE(dialog.findChild<QPushButton *>(s("postLoginCopyButton"))->isEnabled(), postLoginShown);
        QVERIFY(!dialog.findChild<QPushButton *>(s("tokenExchangeCopyButton"))->isEnabled());
        auto *postError = dialog.findChild<QLabel *>(s("postLoginError"));
        QCOMPARE(postError->isVisible(), !postLoginShown);
        if (!postLoginShown)
            QVERIFY2(postError->text().contains(postLoginError), qPrintable(postError->text()));
        const QString text = dialog.errorText(ActionKind::TokenExchange);
        QVERIFY2(text.contains(exchangeError), qPrintable(text));
        QVERIFY2(text.contains(s("Profiles view")), qPrintable(text)); // how to fix it, in the GUI's terms
        QVERIFY(!text.contains(s("--")));                              // no CLI options
    }

    void generateActionsButtonUsesTheCurrentProfile()
    {
        auto view = explainedView();
        view->show();
        auto *findingButton = view->findChild<QPushButton *>(s("findingActionsButton"));
        QVERIFY2(findingButton, "the not-exchanged card offers the Actions");
        QTest::mouseClick(view->findChild<QPushButton *>(s("generateActionsButton")), Qt::LeftButton);
        auto *dialog = view->findChild<GeneratedActionsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->code(ActionKind::PostLogin).contains(s("\"https://support.acme.test/\"")));

        // Another profile: the dialog follows it (the old one is replaced, not stacked).
        profiles::Profile other = acmeProfile();
        other.claimNamespace = s("https://other.example/");
        m_connection->setProfile(other);
        QTest::mouseClick(view->findChild<QPushButton *>(s("findingActionsButton")), Qt::LeftButton);
        QTRY_COMPARE(view->findChildren<GeneratedActionsDialog *>().size(), 1);
        QVERIFY(view->findChild<GeneratedActionsDialog *>()
                    ->code(ActionKind::PostLogin)
                    .contains(s("\"https://other.example/\"")));
        m_connection->setProfile(acmeProfile());
    }

    void exportWritesTheReport_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("includeTokens");
        QTest::newRow("markdown without tokens") << s("report.md") << false;
        QTest::newRow("markdown with tokens") << s("report-tokens.md") << true;
        QTest::newRow("json without tokens") << s("report.json") << false;
        QTest::newRow("json with tokens") << s("report-tokens.json") << true;
    }

    void exportWritesTheReport()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, includeTokens);
        auto view = explainedView();
        QVERIFY(view->diagnosis());
        QVERIFY(!view->diagnosis()->hasOrgId);
        QVERIFY(!view->diagnosis()->findings.isEmpty());
        const QString path = m_dir.filePath(fileName);
        QStringList chosen;
        view->setReportPathChooser([&](const QString &suggested) {
            chosen << suggested;
            return path;
        });
        auto *include = view->findChild<QCheckBox *>(s("includeTokensCheck"));
        QVERIFY(!include->isChecked()); // unticked by default
        include->setChecked(includeTokens);
        view->show();
        QTest::mouseClick(view->findChild<QPushButton *>(s("exportReportButton")), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.first().endsWith(s(".md")));

        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(view->findChild<QLabel *>(s("statusLabel"))->text()));
        const QString token = tokenWithoutOrgId();
        const QByteArray signature = token.section(QLatin1Char('.'), 2).toUtf8();
        QCOMPARE(bytes.contains(token.toUtf8()), includeTokens);
        if (!includeTokens)
            QVERIFY(!bytes.contains(signature)); // nothing of the token but its decoded claims
        if (fileName.endsWith(s(".json"))) {
            QJsonParseError error;
            const QJsonObject report = QJsonDocument::fromJson(bytes, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(report.value(s("verdict")).toObject().value(s("has_org_id")).toBool(true), false);
            QStringList ids;
            for (const QJsonValue &finding : report.value(s("diagnosis")).toObject().value(s("findings")).toArray())
                ids << finding.toObject().value(s("id")).toString();
            QStringList expected;
            for (const explain::Finding &finding : view->diagnosis()->findings)
                expected << finding.id;
            QCOMPARE(ids, expected);
            QCOMPARE(report.value(s("tokens_included")).toBool(), includeTokens);
        } else {
            QVERIFY(bytes.contains("The token has no org_id."));
            for (const explain::Finding &finding : view->diagnosis()->findings)
                QVERIFY2(bytes.contains("`" + finding.id.toUtf8() + "`"), qPrintable(finding.id));
        }
        QVERIFY(bytes.contains("not-exchanged"));
        const QString status = view->findChild<QLabel *>(s("statusLabel"))->text();
        QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    }

    void exportFailureLeavesNoFile()
    {
        auto view = explainedView();
        // A regular file where the folder should be: unwritable even for root.
        const QString blocker = m_dir.filePath(s("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        const QString path = blocker + s("/report.md");
        QVERIFY(!view->exportReport(path, true));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before); // no temporary left behind
        auto *status = view->findChild<QLabel *>(s("statusLabel"));
        QVERIFY2(status->text().contains(path) && status->text().contains(s("Nothing was written")),
                 qPrintable(status->text()));
        // Shown as an error (the error colour differs from the view's text colour).
        QVERIFY(status->palette().color(QPalette::WindowText) != view->palette().color(QPalette::WindowText));
    }

    void exportNeedsADiagnosis()
    {
        ExplainView view(m_connection.get());
        QVERIFY(!view.findChild<QPushButton *>(s("exportReportButton"))->isEnabled());
        const QString path = m_dir.filePath(s("empty.md"));
        QVERIFY(!view.exportReport(path, false));
        QVERIFY(!QFile::exists(path));
        view.explainToken(tokenWithoutOrgId());
        QVERIFY(view.findChild<QPushButton *>(s("exportReportButton"))->isEnabled());
        view.explainToken(QString());
        QVERIFY(!view.findChild<QPushButton *>(s("exportReportButton"))->isEnabled());
    }

    void newControlsAreReachableByKeyboard()
    {
        auto view = explainedView();
        view->resize(1100, 700);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->findChild<QPlainTextEdit *>(s("explainTokenEdit"))->setFocus();
        QSet<QString> reached;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QWidget *focus = QApplication::focusWidget())
                reached << focus->objectName();
        }
        for (const char *name :
             {"generateActionsButton", "includeTokensCheck", "exportReportButton", "findingActionsButton"}) {
            QVERIFY2(reached.contains(s(name)), name);
            auto *widget = view->findChild<QWidget *>(s(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->property("text").toString().contains(QLatin1Char('&')), name);
        }
        // Mnemonics work: Alt+G opens the Actions, Alt+O ticks Include tokens.
        QTest::keyClick(view.get(), Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(view->findChild<QCheckBox *>(s("includeTokensCheck"))->isChecked());
        QVERIFY(!view->findChild<GeneratedActionsDialog *>());
        QTest::keyClick(view.get(), Qt::Key_G, Qt::AltModifier);
        GeneratedActionsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<GeneratedActionsDialog *>()));
        QTRY_VERIFY(dialog->isVisible());

        // In the dialog: tab bar -> code -> Copy -> Close, all with accessible names.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->findChild<QTabWidget *>(s("actionsTabs"))->tabBar()->setFocus();
        QSet<QString> inDialog;
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            if (QWidget *focus = dialog->focusWidget())
                inDialog << focus->objectName();
        }
        QVERIFY2(inDialog.contains(s("postLoginCode")), qPrintable(QStringList(inDialog.values()).join(u',')));
        QVERIFY(inDialog.contains(s("postLoginCopyButton")));
        QGuiApplication::clipboard()->clear();
        // Mnemonics work in the active window only; on a slow machine a late activation of the view may still land.
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // &Copy on the visible tab
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), dialog->code(ActionKind::PostLogin));
        QVERIFY(!dialog->findChild<QPushButton *>(s("postLoginCopyButton"))->accessibleName().isEmpty());
    }

    void textThatIsNoTokenGetsTheDecodeErrorNotAVerdict_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("words") << s("hello world") << s("This is not a token: it has spaces or line breaks");
        QTest::newRow("two parts") << s("abc.def") << s("The token has 2 parts");
        QTest::newRow("characters no token has")
            << s("notatoken%$#123") << s("This is not a token: it contains '%', a character no token has");
        QTest::newRow("broken part") << s("eyJhbGciOiJub25lIn0.e30.ab=c") << s("signature: padding character '='");
    }
    void textThatIsNoTokenGetsTheDecodeErrorNotAVerdict()
    {
        QFETCH(QString, input);
        QFETCH(QString, says);
        ExplainView view(m_connection.get());
        view.show();
        view.explainToken(tokenWithOrgId()); // a verdict on screen first: the error must replace it
        QVERIFY(view.diagnosis().has_value());

        view.explainToken(input);
        QVERIFY(!view.diagnosis().has_value());
        const auto decoded = jwt::decodeToken(input);
        QVERIFY(!decoded.ok());
        const QString verdict = verdictOf(view)->text();
        QCOMPARE(verdict, s("Error: ") + decoded.error().message);
        QVERIFY2(verdict.contains(says), qPrintable(verdict));
        QVERIFY(!verdict.contains(s("org_id")));
        QVERIFY(!verdict.contains(s("opaque")));
        QVERIFY(findingIds(view).isEmpty());
        QVERIFY(!view.findChild<QPushButton *>(s("exportReportButton"))->isEnabled());
        QVERIFY(!inputNotesOf(view)->isVisible());
    }

    void aTokenBrokenOverLinesGetsTheRealVerdictAndANote()
    {
        ExplainView view(m_connection.get());
        view.show();
        view.explainToken(tokenWithOrgId());
        const QStringList unbrokenFindings = findingIds(view);
        QVERIFY(!unbrokenFindings.isEmpty());
        QVERIFY(!inputNotesOf(view)->isVisible());

        view.explainToken(test::brokenOverLines(tokenWithOrgId(), s("\n    ")));
        QVERIFY(view.diagnosis().has_value());
        QVERIFY(view.diagnosis()->hasOrgId);
        QCOMPARE(verdictOf(view)->text(), s("✓ This token has org_id: org_acme"));
        QCOMPARE(findingIds(view), unbrokenFindings);
        QVERIFY(inputNotesOf(view)->isVisible());
        QCOMPARE(inputNotesOf(view)->text(), s("Note: Removed line breaks/spaces inside the token."));
        QCOMPARE(view.normalisedToken(), tokenWithOrgId());

        // What the fixes hand on is the token as one string (the Login view matches it against its last token).
        QSignalSpy exchange(&view, &ExplainView::exchangeRequested);
        view.triggerAction({s("Run the exchange"), explain::RunExchangeFix{s("org_acme")}});
        QCOMPARE(exchange.size(), 1);
        QCOMPARE(exchange.at(0).at(0).toString(), tokenWithOrgId());

        view.explainToken(tokenWithOrgId());
        QVERIFY(!inputNotesOf(view)->isVisible());
    }

    void anEncryptedTokenIsJudgedAsAToken()
    {
        ExplainView view(m_connection.get());
        view.explainToken(s("hello world"));
        view.explainToken(test::encryptedToken());
        QVERIFY(view.diagnosis().has_value());
        QVERIFY(!verdictOf(view)->text().startsWith(s("Error:")));
        QVERIFY(findingIds(view).contains(s("encrypted-token")));
    }
};

QTEST_MAIN(TestExplainExportAndActions)
#include "TestExplainExportAndActions.moc"
