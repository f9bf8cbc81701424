#pragma once

namespace orglens::demo {
class DemoTenantHost;
}
namespace orglens::profiles {
class ProfileDirectory;
}
namespace orglens::widgets {
class MainWindow;
}

namespace orglens {

// Connects the demo tenant host to the window: File › Demo tenant with one entry per Action preset (switching asks
// first, then restarts the tenant on its port), the status bar button naming the running preset, the Tokens and
// Explain views' notice while the preset's Actions cannot run, and the demo's session profile and sign-in hint on
// its first start. Call before host->start(), so that the start shows up everywhere.
void wireDemoTenant(widgets::MainWindow *window, demo::DemoTenantHost *host, profiles::ProfileDirectory *directory);

} // namespace orglens
