#pragma once

#include "profiles/Profile.h"

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace orglens::profiles {

// Saved profiles in QSettings (the platform's usual settings file, or a given INI file). Holds non-secret fields
// only; the secrets of a profile go to a SecretStore (see profileSecretKey()).
class ProfileStore : public QObject {
    Q_OBJECT

public:
    // The per-user settings of the application (organization and application names of QCoreApplication).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file, for tests and portable setups.
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QStringList names() const; // sorted
    bool contains(const QString &name) const;
    Result<Profile> load(const QString &name) const;
    // Normalises and saves (replacing a profile of the same name); returns the saved profile.
    Result<Profile> save(const Profile &profile);
    // Returns false when there was no such profile.
    bool remove(const QString &name);

    QString fileName() const;

signals:
    void profilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace orglens::profiles
