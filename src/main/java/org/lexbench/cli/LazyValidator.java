package org.lexbench.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;

/**
 * Bean Validation for command parameters, started only when a command with constraint
 * annotations runs. Spring Shell 4.0.1 builds Hibernate Validator for every command at start-up,
 * which costs about 40 ms on every run although most commands have no constraints.
 */
final class LazyValidator implements Validator, ExecutableValidator {

	private volatile Validator delegate;

	private Validator real() {
		Validator v = this.delegate;
		if (v == null) {
			synchronized (this) {
				if (this.delegate == null) {
					this.delegate = Validation.buildDefaultValidatorFactory().getValidator();
				}
				v = this.delegate;
			}
		}
		return v;
	}

	/** Whether any parameter of {@code method} carries a constraint or {@code @Valid}. */
	static boolean constrained(Method method) {
		for (Annotation[] annotations : method.getParameterAnnotations()) {
			for (Annotation a : annotations) {
				if (a instanceof Valid || a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameterValues,
			Class<?>... groups) {
		if (!constrained(method)) {
			return Set.of();
		}
		return real().forExecutables().validateParameters(object, method, parameterValues, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returnValue,
			Class<?>... groups) {
		return real().forExecutables().validateReturnValue(object, method, returnValue, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
			Object[] parameterValues, Class<?>... groups) {
		return real().forExecutables().validateConstructorParameters(constructor, parameterValues, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
			T createdObject, Class<?>... groups) {
		return real().forExecutables().validateConstructorReturnValue(constructor, createdObject, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
		return real().validate(object, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
		return real().validateProperty(object, propertyName, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
			Class<?>... groups) {
		return real().validateValue(beanType, propertyName, value, groups);
	}

	@Override
	public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
		return real().getConstraintsForClass(clazz);
	}

	@Override
	public <T> T unwrap(Class<T> type) {
		return real().unwrap(type);
	}

	@Override
	public ExecutableValidator forExecutables() {
		return this;
	}

}
