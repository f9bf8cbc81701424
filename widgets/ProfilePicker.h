#pragma once

class QComboBox;

namespace orglens::profiles {
class ProfileDirectory;
}

namespace orglens::widgets {

// Appends the directory's profiles to a picker, with the ProfileKey as item data: session profiles first as
// "<label> (this session)", then the saved ones by name.
void addProfileItems(QComboBox *picker, const profiles::ProfileDirectory &directory);

} // namespace orglens::widgets
