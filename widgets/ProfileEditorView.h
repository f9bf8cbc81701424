#pragma once

#include "AppContext.h"
#include "common/OperationTracker.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace orglens::widgets {

class SecretStorageNotice;

// Profiles: the saved tenant profiles on the left, a form for one profile on the right. The name and issuer are
// checked as they are typed, with the core's message next to the field; Save refuses while a field is invalid.
// Client secrets go to the SecretStore (asynchronously), never to the settings file; the view says where they
// are kept (system keychain, or memory for this session when no keychain is available).
class ProfileEditorView : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditorView(const AppContext &context, QWidget *parent = nullptr);
    ~ProfileEditorView() override;

    // Loads a saved profile into the form (secrets are not read back: empty secret fields keep the stored ones).
    void selectProfile(const QString &name);
    // Clears the form for a new profile.
    void newProfile();
    // Validates and saves the form; secrets are written afterwards, saved() follows once they are stored.
    bool save();
    void deleteProfile();

    QString currentName() const { return m_loadedName; }

signals:
    // A profile and its secrets were stored.
    void saved(const QString &name);
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitMessageHeight(QLabel *label) const;
    QLineEdit *addLineEdit(const QString &objectName, const QString &label, const QString &placeholder,
                           QLabel **error = nullptr);
    QLabel *makeErrorLabel(const QString &objectName);
    void reloadList();
    void validateName();
    void validateIssuer();
    bool validateAll();
    profiles::Profile formProfile() const;
    void writeSecrets(const QString &name);
    void writeNextSecret(QList<std::pair<QString, Secret>> pending, const QString &name);
    void showStorage();
    void showStatus(const QString &text, bool error = false);
    void showError(QLabel *label, const QString &message);

    AppContext m_context;
    OperationSlot m_storing; // the secrets being written to the keychain
    QString m_loadedName;    // the saved profile in the form, empty for a new one

    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLabel *m_issuerError = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_managementClientId = nullptr;
    QLineEdit *m_managementSecret = nullptr;
    QLineEdit *m_exchangeClientId = nullptr;
    QLineEdit *m_exchangeSecret = nullptr;
    QLineEdit *m_subjectTokenType = nullptr;
    QCheckBox *m_useOrganizationNames = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_storage = nullptr;
    SecretStorageNotice *m_storageNotice = nullptr;
};

} // namespace orglens::widgets
