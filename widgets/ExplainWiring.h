#pragma once

namespace orglens::widgets {

class ExplainView;
class MainWindow;

// Connects the Explain view's actions to the window: "log in with organization" prepares the Login view, "run the
// token exchange" exchanges the Login view's last token (or says how to get one), "use the inspector's token" reads
// the token inspector, "check the tenant" checks it in the Tenant view (when there is one) for the token's user,
// status messages go to the status bar. Call after MainWindow::addApplicationViews().
void wireExplainView(ExplainView *view, MainWindow *window);

} // namespace orglens::widgets
