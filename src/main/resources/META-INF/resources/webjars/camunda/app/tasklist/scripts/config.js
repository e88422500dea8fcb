/*
 * Tasklist's configuration (replaces the one in Camunda's webjar, which sets only the shortcuts
 * kept below). See docs.camunda.org, Webapps > Tasklist > Configuration.
 */
export default {
  // Lets "Complete" work on Camunda Forms with dynamic lists: see form-validity.js.
  customScripts: ['scripts/form-validity.js'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
