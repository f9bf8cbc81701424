#pragma once

#include "DemoTenantOptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

// The demo tenant's presets of its org_id pipeline: which Actions are deployed and bound, which token exchange
// profile exists and whether the exchange application may use it. `article` and `decoded` are the broken tenants
// support engineers meet; `fixed` is what OrgLens generates.

namespace orglens::demo {

class TenantStore;

// "builtin", "article", "decoded", "fixed", "none": the names of `orglens-cli demo-tenant --actions`.
QString actionPresetName(ActionPreset preset);
std::optional<ActionPreset> actionPresetFromName(const QString &name);
QStringList actionPresetNames();
// What `orglens --demo` starts with: the support article's tenant, which the doctor diagnoses and repair fixes.
inline constexpr ActionPreset InteractiveDemoPreset = ActionPreset::Article;

class ActionPresets {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::ActionPresets)

public:
    // A short translated name for menus and the status bar, e.g. "Support article's Actions".
    static QString title(ActionPreset preset);
    // One translated sentence on what the preset deploys, for menus and --help.
    static QString describe(ActionPreset preset);
};

// What the generated Actions of `fixed` need to know about the tenant.
struct PresetTenant {
    QUrl issuer;            // signs the subject tokens (with the trailing slash)
    QString claimNamespace; // the namespace of the org claim, with the trailing slash
    QString audience;       // the API the subject tokens are issued for
};

// Creates, deploys and binds the preset's Actions through the same store the Actions Management API uses, adds the
// token exchange profile for the demo's subject token type and sets the exchange application's permission.
void installActionPreset(TenantStore &store, ActionPreset preset, const PresetTenant &tenant);

} // namespace orglens::demo
