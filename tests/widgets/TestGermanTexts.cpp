// The German translation as the application loads it (the compiled .qm files): the session history's columns and
// token kinds, the Audit view's sources (kept in the log as codes) and the questions before a write are German.
#include "AppServices.h"
#include "AuditTableModel.h"
#include "Confirmation.h"
#include "Language.h"
#include "MainWindow.h"
#include "SessionHistoryPanel.h"
#include "UnsignedTokens.h"
#include "oauth/SessionHistoryModel.h"

#include <QDateTime>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace orglens;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestGermanTexts : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(s("OrgLensTest"));
        QCoreApplication::setApplicationName(s("test_german_texts"));
        QSettings().clear();
        QCOMPARE(i18n::installTranslations(s("de")), s("de"));
    }

    void sessionHistoryIsGerman()
    {
        test::AppServices app(m_dir.filePath(s("profiles.ini")));
        widgets::MainWindow window;
        window.addApplicationViews(app.context());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(window.openPastedText(test::unsignedToken({{s("iss"), s("https://acme.eu.auth0.com/")},
                                                           {s("sub"), s("auth0|alice")},
                                                           {s("aud"), s("https://api.example.com/")},
                                                           {s("iat"), now},
                                                           {s("exp"), now + 3600}})));
        QTreeView *history = window.historyPanel()->view();
        QAbstractItemModel *model = history->model();
        QCOMPARE(model->rowCount(), 1);
        using Model = oauth::SessionHistoryModel;
        QCOMPARE(model->headerData(Model::KindColumn, Qt::Horizontal).toString(), s("Art"));
        QCOMPARE(model->headerData(Model::TimeColumn, Qt::Horizontal).toString(), s("Zeit"));
        QCOMPARE(model->index(0, Model::KindColumn).data().toString(), s("Access-Token"));
        QCOMPARE(model->index(0, Model::FlowColumn).data().toString(), s("Eingefügt"));
    }

    void auditSourcesAreGerman()
    {
        widgets::AuditTableModel model;
        const auto entry = [](const char *source, const char *undoOf = "") {
            return management::AuditEntry{.id = s("e1"), .source = s(source), .undoOf = s(undoOf)};
        };
        model.setEntries({entry("set"), entry("clear"), entry("bulk"), entry("undo", "ab12")}); // shown newest first
        const auto source = [&model](int row) {
            return model.index(row, widgets::AuditTableModel::SourceColumn).data().toString();
        };
        QCOMPARE(source(0), s("Rückgängigmachen von ab12"));
        QCOMPARE(source(1), s("Massenänderung"));
        QCOMPARE(source(2), s("entfernt"));
        QCOMPARE(source(3), s("gesetzt"));
        QCOMPARE(model.headerData(widgets::AuditTableModel::SourceColumn, Qt::Horizontal).toString(), s("Quelle"));
    }

    void writeQuestionsAreGerman()
    {
        const widgets::Confirmation asked = widgets::writeConfirmation(QUrl(s("http://127.0.0.1:8443/")), s("demo"),
                                                                       s("title"), s("details"), s("action"));
        QCOMPARE(asked.question, s("In den Tenant 127.0.0.1:8443 schreiben (Profil demo)?"));
    }
};

QTEST_MAIN(TestGermanTexts)
#include "TestGermanTexts.moc"
