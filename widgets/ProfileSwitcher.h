#pragma once

#include "profiles/Profile.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;

namespace orglens::profiles {
class ProfileDirectory;
}

namespace orglens::widgets {

// The always-visible profile picker of the main window: the ProfileDirectory's session profiles (e.g. the demo
// tenant; a new one is selected) and saved profiles (read when loadSavedProfiles() is first called, so not before the
// window is painted). Each entry shows the profile's name and its tenant's domain.
class ProfileSwitcher : public QWidget {
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    // The directory must outlive the switcher. No saved profile is read until loadSavedProfiles().
    void setDirectory(profiles::ProfileDirectory *directory);
    void loadSavedProfiles();

    bool selectProfile(const QString &label);
    QString currentLabel() const;
    std::optional<profiles::Profile> currentProfile() const;
    // The label of the profile whose issuer is `issuer` (compared after normalising), or empty.
    QString labelForIssuer(const QUrl &issuer) const;
    QStringList labels() const;

    QComboBox *comboBox() const { return m_combo; }

signals:
    // See MainWindow::currentProfileChanged.
    void currentProfileChanged(const QString &label, const orglens::profiles::Profile &profile);

private:
    void rebuild(const QString &keepLabel);
    std::optional<profiles::Profile> profileFor(const QString &label) const;

    profiles::ProfileDirectory *m_directory = nullptr;
    bool m_savedLoaded = false;
    QHash<QString, profiles::Profile> m_saved; // by name
    QComboBox *m_combo = nullptr;
};

} // namespace orglens::widgets
