#include "AboutDialog.h"
#include "Language.h"
#include "LanguageMenu.h"
#include "common/BuildInfo.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace orglens;
using namespace orglens::widgets;

// Help > About shows what a bug report needs; View > Language saves the choice for the next start.
class TestAboutAndLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aboutShowsVersionsAndRevision()
    {
        AboutDialog dialog;
        const auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        for (const QString &part :
             {applicationVersion(), gitRevision(), qtVersion(), openSslVersion().toHtmlEscaped(), qtKeychainVersion()})
            QVERIFY2(text->text().contains(part), qPrintable(part));
        QVERIFY(AboutDialog::versionText().contains(QStringLiteral("QtKeychain: ") + qtKeychainVersion()));
        QVERIFY(AboutDialog::versionText().contains(QStringLiteral("Git revision: ") + gitRevision()));
    }

    void languageMenuSavesTheChoice()
    {
        QSettings().remove(i18n::languageSettingKey());
        LanguageMenu menu;
        auto *system = menu.findChild<QAction *>(QStringLiteral("languageAction_system"));
        auto *german = menu.findChild<QAction *>(QStringLiteral("languageAction_de"));
        QVERIFY(system && german && menu.findChild<QAction *>(QStringLiteral("languageAction_fr")));
        QVERIFY(system->isChecked());
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));

        QSignalSpy changed(&menu, &LanguageMenu::languageChanged);
        german->trigger();
        QCOMPARE(QSettings().value(i18n::languageSettingKey()).toString(), QStringLiteral("de"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(german->isChecked() && !system->isChecked());

        system->trigger();
        QVERIFY(!QSettings().contains(i18n::languageSettingKey()));
        // A new menu (the next start) shows the saved choice.
        german->trigger();
        LanguageMenu next;
        QVERIFY(next.findChild<QAction *>(QStringLiteral("languageAction_de"))->isChecked());
        QSettings().remove(i18n::languageSettingKey());
    }
};

QTEST_MAIN(TestAboutAndLanguage)
#include "TestAboutAndLanguage.moc"
