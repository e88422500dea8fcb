/*
 * Tasklist 7.24 keeps "Complete" disabled for good once a field inside a dynamic list of a Camunda
 * Form has changed (or a read-only one in a row has been filled in as the form opens), though the
 * form shows no error: it takes the form as invalid while form-js's errors object has any key, and
 * form-js leaves an empty entry ("Field_X": []) for every field of a list row it has validated.
 * Here Tasklist's verdict is checked against what the form shows: once form-js has drawn the
 * change, a form that shows no message under any field may be completed. Nothing is submitted
 * unchecked: "Complete" still has form-js validate the whole form first (which shows any error
 * and stops there), and the server checks everything again.
 */
const angular = window.angular;

angular.module('cam.tasklist.custom').decorator('camTasklistFormCamundaDirective', ['$delegate', '$timeout',
  function ($delegate, $timeout) {
    const directive = $delegate[0];
    const link = directive.link;
    directive.compile = function () {
      return function (scope, element, attributes, tasklistForm) {
        const checked = Object.create(tasklistForm);
        checked.notifyFormValidated = function (invalid) {
          tasklistForm.notifyFormValidated(invalid);
          if (invalid) {
            // form-js draws its state after the event that reported it; look once it has.
            $timeout(function () {
              if (!element[0].querySelector('.fjs-has-errors')) {
                tasklistForm.notifyFormValidated(false);
              }
            }, 50);
          }
        };
        return link.call(this, scope, element, attributes, checked);
      };
    };
    return $delegate;
  }]);

export default [];
