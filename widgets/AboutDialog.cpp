#include "AboutDialog.h"

#include "common/BuildInfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

struct VersionRow {
    QString label;
    QString value;
};

QList<VersionRow> versionRows()
{
    return {{AboutDialog::tr("OrgLens"), applicationVersion()},
            {AboutDialog::tr("Git revision"), gitRevision()},
            {AboutDialog::tr("Qt"), qtVersion()},
            {AboutDialog::tr("OpenSSL"), openSslVersion()},
            {AboutDialog::tr("QtKeychain"), qtKeychainVersion()}};
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About OrgLens"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/orglens-64.png")).pixmap(64, 64));

    QString rows;
    for (const VersionRow &row : versionRows())
        rows += QStringLiteral("<tr><td>%1:&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(row.label.toHtmlEscaped(), row.value.toHtmlEscaped());
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(QStringLiteral("<h3>OrgLens %1</h3><p>%2</p><table>%3</table><p>%4</p>")
                      .arg(applicationVersion().toHtmlEscaped(),
                           tr("Inspect Auth0 tokens and tenants.").toHtmlEscaped(), rows,
                           tr("Released under the MIT License.").toHtmlEscaped()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionText()
{
    QStringList lines;
    for (const VersionRow &row : versionRows())
        lines << row.label + QStringLiteral(": ") + row.value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace orglens::widgets
