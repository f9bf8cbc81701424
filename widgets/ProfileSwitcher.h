#pragma once

#include "AppContext.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;

namespace orglens::widgets {

// The always-visible profile picker of the main window: saved profiles (from the ProfileStore, read when
// loadSavedProfiles() is first called, so not before the window is painted) and session profiles (e.g. the demo
// tenant). Each entry shows the profile's name and its tenant's domain.
class ProfileSwitcher : public QWidget {
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    // The store must outlive the switcher. Nothing is read until loadSavedProfiles().
    void setProfileStore(profiles::ProfileStore *store);
    void loadSavedProfiles();
    void addSessionProfile(const SessionProfile &profile);

    bool selectProfile(const QString &label);
    QString currentLabel() const;
    std::optional<profiles::Profile> currentProfile() const;
    // A session profile by label (with its in-memory secrets), or null for a saved or unknown one.
    const SessionProfile *sessionProfile(const QString &label) const;
    // The label of the profile whose issuer is `issuer` (compared after normalising), or empty.
    QString labelForIssuer(const QUrl &issuer) const;
    QStringList labels() const;
    const QList<SessionProfile> &sessionProfiles() const { return m_session; }

    QComboBox *comboBox() const { return m_combo; }

signals:
    // See MainWindow::currentProfileChanged.
    void currentProfileChanged(const QString &label, const orglens::profiles::Profile &profile);

private:
    void rebuild(const QString &keepLabel);
    std::optional<profiles::Profile> profileFor(const QString &label) const;

    profiles::ProfileStore *m_store = nullptr;
    bool m_savedLoaded = false;
    QHash<QString, profiles::Profile> m_saved; // by name
    QList<SessionProfile> m_session;
    QComboBox *m_combo = nullptr;
};

} // namespace orglens::widgets
