//! The app's side effects, each a hook doing one job and following the session's
//! state: the embedding page's settings, the language, saving on the device, the
//! answers kept in the tab, the address bar, the height sent to an embedding page, and a
//! new release waiting. The root component calls them in this order:
//!
//! ```ignore
//! let session = use_reducer(Session::default);
//! let settings = use_settings();
//! let choose_language = use_language(&session, settings.language.as_deref());
//! use_saved_answers(&session);
//! use_tab_answers(&session);
//! use_address_bar(&session);
//! use_host_height(settings.host.clone());
//! let update_waiting = use_update_waiting();
//! ```

mod address_bar;
mod host_height;
mod language;
mod saved_answers;
mod settings;
mod tab_answers;
mod update;

pub use address_bar::use_address_bar;
pub use host_height::use_host_height;
pub use language::use_language;
pub use saved_answers::use_saved_answers;
pub use settings::use_settings;
pub use tab_answers::use_tab_answers;
pub use update::use_update_waiting;
