package org.socialcare.supervision.common;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every {@link FormFields} declaration in the application: the {@code static final FormFields}
 * constants of any class under {@code org.socialcare.supervision}, wherever a feature keeps them.
 */
public final class DeclaredFormFields {

  private static final String BASE_PACKAGE = "org.socialcare.supervision";

  /** A declaration and where it is, for messages: "ContractFormVariables.DRAFT_FORM". */
  public record Declaration(String where, FormFields fields) {
  }

  private DeclaredFormFields() {
  }

  public static List<Declaration> all() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isIndependent();
      }
    };
    scanner.addIncludeFilter((reader, factory) -> true);
    List<Declaration> declarations = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      declarations.addAll(declaredIn(load(candidate.getBeanClassName())));
    }
    declarations.sort(Comparator.comparing(Declaration::where));
    return declarations;
  }

  private static List<Declaration> declaredIn(Class<?> type) {
    List<Declaration> found = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == FormFields.class) {
        field.setAccessible(true);
        try {
          found.add(new Declaration(type.getSimpleName() + "." + field.getName(), (FormFields) field.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, DeclaredFormFields.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
