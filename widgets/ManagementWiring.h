#pragma once

namespace orglens::widgets {

class MainWindow;
class ManagementConnection;

// Keeps the window's profile switcher and the management views' connection on the same profile, both ways: a profile
// chosen in the switcher is used by the management views, and one picked in a view's bar becomes the window's
// current profile (the view's bar says so). While a bulk run holds the connection, the switcher is locked like the
// views' pickers.
void wireManagementConnection(MainWindow *window, ManagementConnection *connection);

// Adds the Users, Bulk, Audit and Tenant views on the connection, built when first shown; their status messages go
// to the window's status bar.
void addManagementViews(MainWindow *window, ManagementConnection *connection);

} // namespace orglens::widgets
