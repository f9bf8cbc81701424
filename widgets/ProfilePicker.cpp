#include "ProfilePicker.h"

#include "profiles/ProfileDirectory.h"

#include <QComboBox>
#include <QCoreApplication>

namespace orglens::widgets {

void addProfileItems(QComboBox *picker, const profiles::ProfileDirectory &directory)
{
    for (const profiles::ProfileKey &key : directory.keys()) {
        const QString text =
            key.source == profiles::ProfileKey::Source::Session
                ? QCoreApplication::translate("orglens::widgets::ProfilePicker", "%1 (this session)").arg(key.name)
                : key.name;
        picker->addItem(text, QVariant::fromValue(key));
    }
}

} // namespace orglens::widgets
