// The management views (Users, Bulk, Audit, Explain, Tenant) without a tenant: empty states, keyboard order and
// accessible names of every control.
#include "AppContext.h"
#include "AuditView.h"
#include "BulkView.h"
#include "ExplainView.h"
#include "ManagementConnection.h"
#include "TenantView.h"
#include "UsersView.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Context {
    Context()
        : profiles(dir.filePath(s("profiles.ini"))), oauth(&network),
          connection({&profiles, &secrets, &oauth, &history})
    {
        connection.setAuditLog(management::AuditLog(dir.filePath(s("audit.jsonl"))));
    }
    QTemporaryDir dir;
    profiles::ProfileStore profiles;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    oauth::OAuthClient oauth;
    oauth::SessionHistory history;
    widgets::ManagementConnection connection;
};

// The objectNames of the widgets Tab visits from `first`, until it comes back or leaves `view`.
QStringList tabOrder(QWidget &view, QWidget *first)
{
    first->setFocus();
    QStringList names;
    for (int i = 0; i < 30; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !view.isAncestorOf(focus) || (i > 0 && focus == first))
            break;
        names << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return names;
}

} // namespace

class TestManagementViewsKeyboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("users") << s("users");
        QTest::newRow("bulk") << s("bulk");
        QTest::newRow("audit") << s("audit");
        QTest::newRow("explain") << s("explain");
        QTest::newRow("tenant") << s("tenant");
    }

    void everyControlHasAName()
    {
        QFETCH(QString, view);
        Context context;
        std::unique_ptr<QWidget> widget;
        if (view == QLatin1String("users"))
            widget = std::make_unique<widgets::UsersView>(&context.connection);
        else if (view == QLatin1String("bulk"))
            widget = std::make_unique<widgets::BulkView>(&context.connection);
        else if (view == QLatin1String("audit"))
            widget = std::make_unique<widgets::AuditView>(&context.connection);
        else if (view == QLatin1String("tenant"))
            widget = std::make_unique<widgets::TenantView>(&context.connection);
        else
            widget = std::make_unique<widgets::ExplainView>(&context.connection);
        widget->show();
        for (QWidget *child : widget->findChildren<QWidget *>()) {
            if (child->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(child) || child->window() != widget.get())
                continue; // not focusable, or inside a combo box's popup
            if (!(qobject_cast<QAbstractButton *>(child) || qobject_cast<QLineEdit *>(child) ||
                  qobject_cast<QComboBox *>(child) || qobject_cast<QAbstractItemView *>(child) ||
                  qobject_cast<QAbstractSpinBox *>(child) || qobject_cast<QPlainTextEdit *>(child)))
                continue;
            if (qobject_cast<QLineEdit *>(child) && qobject_cast<QAbstractSpinBox *>(child->parentWidget()))
                continue; // the spin box's own editor
            const auto *button = qobject_cast<QAbstractButton *>(child);
            const bool named = !child->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(view + QLatin1Char('/') + child->objectName() + QLatin1Char(' ') +
                                       QString::fromLatin1(child->metaObject()->className())));
            QVERIFY2(!child->objectName().isEmpty() || child->parentWidget()->inherits("QAbstractItemView") ||
                         child->inherits("QScrollBar"),
                     qPrintable(view + QStringLiteral(": unnamed ") +
                                QString::fromLatin1(child->metaObject()->className())));
        }
    }

    void bulkKeyboardOrder()
    {
        Context context;
        widgets::BulkView view(&context.connection);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        // Without a tenant, Validate, Apply, Cancel and Export are disabled and skipped.
        QCOMPARE(tabOrder(view, view.findChild<QComboBox *>(s("managementProfileCombo"))),
                 (QStringList{s("managementProfileCombo"), s("csvFileEdit"), s("browseButton"), s("concurrencySpin"),
                              s("allowNonMemberCheck"), s("resultsTable")}));
    }

    void usersAndExplainStartAtTheProfile()
    {
        Context context;
        widgets::UsersView users(&context.connection);
        users.show();
        users.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&users));
        const QStringList order = tabOrder(users, users.findChild<QComboBox *>(s("managementProfileCombo")));
        QVERIFY2(order.size() >= 2, qPrintable(order.join(u',')));
        QCOMPARE(order.at(1), s("usersTable")); // search is disabled until a profile is chosen

        widgets::ExplainView explain(&context.connection);
        explain.show();
        explain.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&explain));
        QCOMPARE(tabOrder(explain, explain.findChild<QComboBox *>(s("managementProfileCombo"))).mid(0, 3),
                 (QStringList{s("managementProfileCombo"), s("explainTokenEdit"), s("explainButton")}));
    }
};

QTEST_MAIN(TestManagementViewsKeyboard)
#include "TestManagementViewsKeyboard.moc"
