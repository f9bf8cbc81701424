#include "AppServices.h"

#include "DemoProfile.h"

#include <QComboBox>
#include <QFile>
#include <QTest>
#include <QWidget>

namespace orglens::test {

namespace {
QString removed(const QString &path)
{
    QFile::remove(path);
    return path;
}
} // namespace

AppServices::AppServices(const QString &profilesFile)
    : profiles(removed(profilesFile)), secrets(QStringLiteral("No keychain in tests.")), oauth(&network),
      directory(&profiles, &secrets)
{
    oauth.setHistory(&history);
}

bool AppServices::saveDemoProfile(const QUrl &issuer, const QString &name)
{
    profiles::SessionProfile demo = demo::demoSessionProfile(issuer);
    demo.profile.name = name;
    const auto keyOf = [&name](profiles::SecretKind kind) { return profiles::profileSecretKey(name, kind); };
    return profiles.save(demo.profile) &&
           secrets.writeNow(keyOf(profiles::SecretKind::ManagementClientSecret), demo.managementClientSecret).ok() &&
           secrets.writeNow(keyOf(profiles::SecretKind::ExchangeClientSecret), demo.exchangeClientSecret).ok();
}

void pickProfile(QWidget &view, const QString &savedProfile)
{
    auto *picker = view.findChild<QComboBox *>(QStringLiteral("managementProfileCombo"));
    QVERIFY(picker);
    const int index = picker->findData(QVariant::fromValue(profiles::ProfileKey::saved(savedProfile)));
    QVERIFY2(index >= 0, qPrintable(savedProfile));
    picker->setCurrentIndex(index);
    emit picker->activated(index);
}

void saveScreenshot(QWidget &widget, const QString &name, int settleMs)
{
    const QString dir = qEnvironmentVariable("ORGLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    if (settleMs > 0)
        QTest::qWait(settleMs);
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace orglens::test
