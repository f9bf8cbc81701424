#include "MainWindow.h"
#include "MintToken.h"
#include "TokenInspectorView.h"
#include "UnsignedTokens.h"
#include "jwt/TokenTreeModel.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace orglens;
using orglens::widgets::MainWindow;

namespace {
QString token()
{
    return test::mintToken(test::rs256Header(), test::auth0AccessTokenPayload(QDateTime::currentSecsSinceEpoch()));
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    }
    void init() { QSettings().clear(); }

    void isAShellWithNavigationAndTheTokenInspector()
    {
        MainWindow window;
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 2);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Tokens"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Compare"));
        QCOMPARE(window.currentView(), window.tokenInspector());
        // The preferred first size, as far as the screen has room for it.
        QVERIFY(window.size().width() <= 1100 && window.size().height() <= 720);
        QVERIFY(window.size().width() > window.screen()->availableGeometry().width() - 40 ||
                window.size().width() == 1100);
        QVERIFY(window.minimumWidth() >= 640 && window.minimumHeight() >= 400);

        // A later view plugs in with one call and is reachable from the navigation list.
        auto *other = new QLabel(QStringLiteral("other"));
        QCOMPARE(window.addView(other, QStringLiteral("Other")), 2);
        navigation->setCurrentRow(2);
        QCOMPARE(window.currentView(), other);
        window.showView(window.tokenInspector());
        QCOMPARE(navigation->currentRow(), 0);
    }

    void aPastedEncryptedTokenReplacesThePreviousError()
    {
        MainWindow window;
        window.openToken(QStringLiteral("abc.def"));
        auto *shown = window.tokenInspector()->findChild<QLabel *>(QStringLiteral("decodeError"));
        QVERIFY(shown->text().startsWith(QStringLiteral("Error: The token has 2 parts")));

        // A JWE is a token: it is opened, and the inspector shows what can be read of it.
        QVERIFY(window.openPastedText(test::encryptedToken()));
        QVERIFY2(shown->text().contains(QStringLiteral("Protected header: alg RSA-OAEP-256, enc A256GCM")),
                 qPrintable(shown->text()));
        // Text that is no token is not opened; the status bar says why.
        QVERIFY(!window.openPastedText(QStringLiteral("notatoken%$#123")));
        QVERIFY(shown->text().contains(QStringLiteral("alg RSA-OAEP-256")));
        QVERIFY2(window.statusMessage().contains(QStringLiteral("This is not a token")),
                 qPrintable(window.statusMessage()));
    }

    void opensATokenHandedOver()
    {
        MainWindow window;
        window.addView(new QLabel, QStringLiteral("Other"));
        window.showView(window.findChild<QLabel *>());
        window.openToken(QStringLiteral("Bearer ") + token());
        QCOMPARE(window.currentView(), window.tokenInspector());
        QCOMPARE(window.tokenInspector()->treeModel()->rowCount(), 2);
        QVERIFY(window.tokenInspector()->inspection().has_value());
    }

    void ctrlLFocusesTheTokenInput()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        QTest::keyClick(navigation, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(input->hasFocus());
    }

    void ctrlQClosesAndSavesOnlyTheWindowLayout()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString secret = token();
        window.openToken(secret);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());

        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
        for (const QString &key : settings.allKeys()) {
            const QByteArray value = settings.value(key).toByteArray();
            QVERIFY2(!value.contains(secret.toLatin1()) &&
                         !value.contains(secret.section(QLatin1Char('.'), 1, 1).toLatin1()),
                     qPrintable(key));
        }
    }

    void restoresTheWindowGeometry()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 600);
            QTRY_COMPARE(window.size(), QSize(900, 600));
            window.close();
        }
        MainWindow restored;
        QCOMPARE(restored.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
