#pragma once

#include "AppContext.h"
#include "common/CountingNetworkAccessManager.h"
#include "common/OperationTracker.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"
#include "profiles/ProfileDirectory.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

class QWidget;

namespace orglens::test {

// The application's long-lived objects as main() makes them, for GUI tests: profiles in `profilesFile`
// (removed first, so every instance starts without any), secrets in memory, a network manager that counts
// the requests in flight, the OAuth client recording every token response in the session history, and the
// tracker of long operations.
class AppServices {
public:
    explicit AppServices(const QString &profilesFile);

    widgets::AppContext context() { return {&profiles, &secrets, &oauth, &history, &operations, &directory}; }

    // Saves the demo tenant's application settings as profile `name`, with its M2M and exchange client secrets
    // in the store, as a user who set up a profile for that tenant would; false when the profile is not saved.
    bool saveDemoProfile(const QUrl &issuer, const QString &name = QStringLiteral("demo"));

    profiles::ProfileStore profiles;
    MemorySecretStore secrets;
    CountingNetworkAccessManager network;
    oauth::SessionHistory history;
    oauth::OAuthClient oauth;
    OperationTracker operations;
    profiles::ProfileDirectory directory;
};

// Chooses a saved profile in a management view's own profile picker, as the user does.
void pickProfile(QWidget &view, const QString &savedProfile);

// Saves a picture of `widget` as NAME.png for a look at it when ORGLENS_SCREENSHOT_DIR is set, after letting
// pending layout and paint events run for `settleMs` (0 where running the event loop would change the test).
void saveScreenshot(QWidget &widget, const QString &name, int settleMs = 100);

} // namespace orglens::test
