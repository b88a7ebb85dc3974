"""raytrace: a small recursive ray tracer (spheres, a plane, point lights, reflections).

Vector objects with operator overloading, float math, method calls, recursion.
"""
import sys
import time

WIDTH = 150
HEIGHT = 150
DEPTH = 4
EPS = 1e-7


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return self.dot(self) ** 0.5

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        return self - normal.scale(2 * self.dot(normal))


ZERO = Vector(0, 0, 0)
UP = Vector(0, 1, 0)


class Ray:
    __slots__ = ("point", "vector")

    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - disc ** 0.5

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class Solid:
    def __init__(self, colour, ambient, lambert, specular):
        self.colour = colour
        self.ambient = ambient
        self.lambert = lambert
        self.specular = specular

    def colour_at(self, scene, ray, p, normal, depth):
        b = self.colour.scale(self.ambient)
        if self.specular and depth < DEPTH:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            b = b + scene.ray_colour(reflected, depth + 1).scale(self.specular)
        lambert = 0.0
        for light in scene.lights:
            if scene.visible(p, light):
                c = (light - p).normalized().dot(normal)
                if c > 0:
                    lambert += c
        lambert = min(1.0, lambert) * self.lambert
        return b + self.colour.scale(lambert)


class Checker(Solid):
    def __init__(self, other, size, *args):
        Solid.__init__(self, *args)
        self.other = other
        self.size = size

    def colour_at(self, scene, ray, p, normal, depth):
        v = p - ZERO
        cell = int(v.x / self.size + 1000) + int(v.z / self.size + 1000)
        if cell % 2:
            saved = self.colour
            self.colour = self.other
            result = Solid.colour_at(self, scene, ray, p, normal, depth)
            self.colour = saved
            return result
        return Solid.colour_at(self, scene, ray, p, normal, depth)


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Vector(0, 1.8, 10)
        self.look_at = Vector(0, 3, 0)
        self.fov = 45.0

    def add(self, shape, surface):
        self.objects.append((shape, surface))

    def nearest(self, ray):
        best = None
        for shape, surface in self.objects:
            t = shape.intersection_time(ray)
            if t is not None and t > EPS and (best is None or t < best[0]):
                best = (t, shape, surface)
        return best

    def visible(self, p, light):
        hit = self.nearest(Ray(p, light - p))
        if hit is None:
            return True
        return hit[0] > (light - p).magnitude()

    def ray_colour(self, ray, depth=0):
        if depth > DEPTH:
            return ZERO
        hit = self.nearest(ray)
        if hit is None:
            return ZERO
        t, shape, surface = hit
        p = ray.at(t)
        return surface.colour_at(self, ray, p, shape.normal_at(p), depth)

    def render(self, width, height):
        fov = self.fov * 3.141592653589793 / 180
        half_width = 0.41421356237 * (fov / 0.7853981633974483)
        half_height = half_width * height / width
        pixel_w = half_width * 2 / (width - 1)
        pixel_h = half_height * 2 / (height - 1)
        eye = Ray(self.position, self.look_at - self.position)
        vpr = eye.vector.cross(UP).normalized()
        vpu = vpr.cross(eye.vector).normalized()
        pixels = []
        for y in range(height):
            for x in range(width):
                xc = vpr.scale(x * pixel_w - half_width)
                yc = vpu.scale(y * pixel_h - half_height)
                c = self.ray_colour(Ray(eye.point, eye.vector + xc + yc))
                pixels.append((min(255, int(c.x * 255)), min(255, int(c.y * 255)), min(255, int(c.z * 255))))
        return pixels


def bench():
    s = Scene()
    s.add(Sphere(Vector(0, 3, 0), 1), Solid(Vector(1, 0.1, 0.1), 0.2, 0.6, 0.2))
    s.add(Sphere(Vector(-3, 2, -1), 0.8), Solid(Vector(0.2, 1, 0.2), 0.2, 0.6, 0.3))
    s.add(Sphere(Vector(2.5, 1.5, 1), 0.6), Solid(Vector(0.2, 0.3, 1), 0.1, 0.7, 0.4))
    s.add(Plane(Vector(0, 0, 0), UP), Checker(Vector(0.1, 0.1, 0.1), 1.5, Vector(1, 1, 1), 0.1, 0.7, 0.2))
    s.lights.append(Vector(30, 30, 10))
    s.lights.append(Vector(-10, 100, 30))
    pixels = s.render(WIDTH, HEIGHT)
    h = 0
    for r, g, b in pixels:
        h = (h * 257 + r * 65536 + g * 256 + b) % 2147483647
    return "pixels=%d hash=%d" % (len(pixels), h)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
