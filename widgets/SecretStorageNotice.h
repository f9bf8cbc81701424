#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace orglens {
class SecretStore;
}

namespace orglens::widgets {

// Where secrets are kept when no keychain is running: one plain sentence (SecretStore::storageNotice()) and, behind
// a "Details" disclosure, the keychain's own error (SecretStore::storageDetail()). Hidden while the keychain is in
// use; follows SecretStore::storageChanged(). Compact (for the status bar, which has little room): a short line,
// and the sentence moves behind "Details" with the error.
class SecretStorageNotice : public QWidget {
    Q_OBJECT
public:
    enum class Form { Sentence, Compact };
    // The store must outlive the notice.
    explicit SecretStorageNotice(SecretStore *secrets, Form form, QWidget *parent = nullptr);

    // The line always shown, and the text behind "Details".
    QString line() const;
    QString detail() const;
    QToolButton *detailsButton() const { return m_detailsButton; }

private:
    void showStorage();

    SecretStore *m_secrets;
    Form m_form;
    QLabel *m_line;
    QToolButton *m_detailsButton;
    QLabel *m_detail;
};

} // namespace orglens::widgets
