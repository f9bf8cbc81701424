#pragma once

#include <QDialog>

namespace orglens::widgets {

// Help > About: the version of OrgLens and of the libraries it runs with, and the build's git revision, as
// support needs them in a bug report (the text can be selected and copied).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The version table shown in the dialog, as plain text lines ("Qt: 6.4.2").
    static QString versionText();
};

} // namespace orglens::widgets
